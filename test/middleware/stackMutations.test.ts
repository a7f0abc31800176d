// The remembered middleware order is only an optimisation: whatever is done to the client's or a
// command's middleware stack, before or between sends, the request on the wire is the one
// @smithy/middleware-stack's concat + resolve gives, as in @aws-sdk/client-sso. Each case applies
// the same mutation to both libraries' stacks and compares what a loopback server receives on
// three sends, and on a send of a fresh command afterwards (a command's middleware must not leak).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { IGNORED_HEADERS, makeClient, makeCommand, type Library } from "../conformance/harness.js";
import { reply, startScriptedServer, type ScriptedServer } from "../conformance/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
});

type Stack = {
  add(middleware: unknown, options?: Record<string, unknown>): void;
  addRelativeTo(middleware: unknown, options: Record<string, unknown>): void;
  use(plugin: { applyToStack(stack: Stack): void }): void;
  remove(toRemove: unknown): boolean;
  removeByTag(tag: string): boolean;
  concat(from: Stack): Stack;
  clone(): Stack;
  identifyOnResolve(toggle?: boolean): boolean;
};
type Holder = { middlewareStack: Stack };

/** A build-step middleware that sets a header, so its presence and order show on the wire. */
const header = (name: string, value: string) => (next: (args: any) => Promise<unknown>) => (args: any) => {
  const headers = args.request?.headers;
  if (headers) headers[name] = headers[name] ? `${headers[name]},${value}` : value;
  return next(args);
};

/** Before the serializer, a middleware can still change the input: the query shows it ran there. */
const changeInput = (next: (args: any) => Promise<unknown>) => (args: any) =>
  next({ ...args, input: { ...args.input, nextToken: "from-middleware" } });

interface Mutation {
  name: string;
  /** Runs before the first send (the remembered order does not exist yet). */
  early?(stack: Stack): void;
  /** Changes the stack after the first send; may return a stack that replaces it. */
  apply(stack: Stack): Stack | void;
}

let captured: Stack["add"] | undefined;

const MUTATIONS: Mutation[] = [
  { name: "add (build step)", apply: (s) => s.add(header("x-mut", "add"), { step: "build", name: "mutAdd" }) },
  {
    name: "add (initialize step, high priority)",
    apply: (s) => s.add(changeInput, { step: "initialize", priority: "high", name: "mutInit" }),
  },
  {
    name: "addRelativeTo after retryMiddleware (anchored in the client's stack)",
    apply: (s) =>
      s.addRelativeTo(header("x-mut", "after-retry"), {
        relation: "after",
        toMiddleware: "retryMiddleware",
        name: "mutRetry",
      }),
  },
  {
    name: "addRelativeTo before serializerMiddleware (anchored in the operation's plugin)",
    apply: (s) =>
      s.addRelativeTo(changeInput, { relation: "before", toMiddleware: "serializerMiddleware", name: "mutSer" }),
  },
  {
    name: "addRelativeTo after serializerMiddleware",
    apply: (s) =>
      s.addRelativeTo(changeInput, { relation: "after", toMiddleware: "serializerMiddleware", name: "mutSerAfter" }),
  },
  {
    name: "use (a plugin with two middleware)",
    apply: (s) =>
      s.use({
        applyToStack: (stack) => {
          stack.add(header("x-mut", "plugin-1"), { step: "build", name: "mutPlugin1" });
          stack.addRelativeTo(header("x-mut", "plugin-2"), {
            relation: "before",
            toMiddleware: "mutPlugin1",
            name: "mutPlugin2",
          });
        },
      }),
  },
  {
    name: "add then remove by name",
    apply: (s) => {
      s.add(header("x-mut", "gone"), { step: "build", name: "mutGone" });
      s.add(header("x-mut", "kept"), { step: "build", name: "mutKept" });
      s.remove("mutGone");
    },
  },
  {
    name: "add then remove by reference",
    apply: (s) => {
      const middleware = header("x-mut", "gone");
      s.add(middleware, { step: "build" });
      s.add(header("x-mut", "kept"), { step: "build" });
      s.remove(middleware);
    },
  },
  {
    name: "removeByTag",
    apply: (s) => {
      s.add(header("x-mut", "tagged"), { step: "build", name: "mutTagged", tags: ["MUT"] });
      s.addRelativeTo(header("x-mut", "tagged-relative"), {
        relation: "after",
        toMiddleware: "retryMiddleware",
        tags: ["MUT"],
      });
      s.add(header("x-mut", "untagged"), { step: "build", name: "mutUntagged" });
      s.removeByTag("MUT");
    },
  },
  {
    name: "override of an entry of the same name",
    apply: (s) => {
      s.add(header("x-mut", "first"), { step: "build", name: "mutOverride" });
      s.add(header("x-mut", "second"), { step: "build", name: "mutOverride", override: true });
    },
  },
  {
    name: "a built-in removed (recursionDetectionMiddleware) and hostHeaderMiddleware overridden",
    apply: (s) => {
      s.remove("recursionDetectionMiddleware");
      s.add(header("x-mut", "host-override"), {
        step: "build",
        priority: "low",
        name: "hostHeaderMiddleware",
        override: true,
      });
    },
  },
  {
    name: "concat with another stack (replacing it)",
    apply: (s) => {
      const other = s.clone();
      for (const name of ["retryMiddleware"]) other.remove(name);
      const extra = s.concat(s.clone());
      extra.add(header("x-mut", "concat"), { step: "build", name: "mutConcat" });
      return extra;
    },
  },
  {
    name: "clone (replacing it), then add to the clone",
    apply: (s) => {
      const clone = s.clone();
      clone.add(header("x-mut", "clone"), { step: "build", name: "mutClone" });
      return clone;
    },
  },
  {
    name: "a method taken before the first send, called after it",
    early: (s) => void (captured = s.add),
    apply: () => captured!(header("x-mut", "captured"), { step: "build", name: "mutCaptured" }),
  },
  {
    name: "a stack frozen before the first send",
    early: (s) => {
      s.add(header("x-mut", "before-freeze"), { step: "build", name: "mutFrozen" });
      Object.freeze(s);
    },
    apply: () => undefined,
  },
  { name: "a stack frozen after the first send", apply: (s) => void Object.freeze(s) },
  {
    name: "a method replaced on the stack (a wrapper around concat)",
    apply: (s) => {
      const concat = s.concat;
      Object.assign(s, {
        concat: (from: Stack) => {
          const combined = concat(from);
          combined.add(header("x-mut", "wrapped-concat"), { step: "build", name: "mutWrapped" });
          return combined;
        },
      });
    },
  },
  { name: "identifyOnResolve(true)", apply: (s) => void s.identifyOnResolve(true) },
];

const wire = () =>
  server.requests.map((request) => ({
    path: request.path,
    query: request.query,
    headers: Object.fromEntries(
      Object.entries(request.headers)
        .filter(([name]) => !IGNORED_HEADERS.has(name))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  }));

/** The same sequence of sends, with the mutation on the client's or the command's stack. */
const observe = async (library: Library, mutation: Mutation, where: "client" | "command") => {
  server.script([reply(200, { accountList: [] })]);
  const client = makeClient(library, server.endpoint, { maxAttempts: 1 }) as unknown as Holder & {
    send(command: unknown): Promise<unknown>;
    destroy(): void;
  };
  const newCommand = () => makeCommand(library, "ListAccounts", { accessToken: "token", nextToken: "given" }) as Holder;
  const command = newCommand();
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const outcomes: string[] = [];
  const send = async (c: Holder) => {
    try {
      await client.send(c);
      outcomes.push("ok");
    } catch (error) {
      outcomes.push(`error: ${(error as Error).message}`);
    }
  };
  try {
    const holder: Holder = where === "client" ? client : command;
    mutation.early?.(holder.middlewareStack);
    await send(newCommand()); // the order is remembered from here on
    const replaced = mutation.apply(holder.middlewareStack);
    if (replaced && replaced !== holder.middlewareStack) holder.middlewareStack = replaced;
    await send(command);
    await send(command);
    await send(where === "client" ? newCommand() : command);
    await send(newCommand()); // a command's own middleware stays its own
    return { requests: wire(), outcomes, logged: log.mock.calls.length };
  } finally {
    log.mockRestore();
    client.destroy();
  }
};

describe.each(["client", "command"] as const)("a mutation of the %s's stack", (where) => {
  it.each(MUTATIONS.map((mutation) => [mutation.name, mutation] as const))(
    "%s: the same requests as @aws-sdk/client-sso",
    async (_name, mutation) => {
      const ours = await observe("ours", mutation, where);
      const reference = await observe("reference", mutation, where);
      expect(ours.outcomes).toEqual(reference.outcomes);
      expect(ours.requests).toEqual(reference.requests);
      // identifyOnResolve prints the stack on every resolve, in both.
      expect(ours.logged > 0).toBe(reference.logged > 0);
    },
  );
});

it("a mutation is seen: the requests differ from those of an untouched stack", async () => {
  const untouched = await observe("ours", { name: "none", apply: () => undefined }, "command");
  const mutated = await observe("ours", MUTATIONS[2], "command");
  expect(mutated.requests).not.toEqual(untouched.requests);
  expect(mutated.requests.map((r) => r.headers["x-mut"])).toEqual([
    undefined,
    "after-retry",
    "after-retry",
    "after-retry",
    undefined,
  ]);
});
