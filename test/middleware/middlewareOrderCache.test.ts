import { constructStack } from "@smithy/middleware-stack";
import type { HttpRequest, MiddlewareStack, RequestHandler } from "@smithy/types";
import { afterEach, describe, expect, it, vi } from "vitest";

import { resolveHandler } from "../../src/middleware/middlewareOrderCache.js";
import { GetRoleCredentialsCommand, ListAccountsCommand, SSOClient } from "../../src/index.js";

// The remembered middleware order must behave exactly like concat + use + resolve on every send.

type Stack = MiddlewareStack<any, any>;

/** Every recorder writes here: the order middleware ran in, with the request's context id. */
let log: string[] = [];

const recorder = (name: string) => (next: any, context: any) => async (args: any) => {
  log.push(`${name}:${context.id}`);
  return next(args);
};

/** A stack exercising steps, priorities, relative entries and overrides. */
const sampleStack = (): Stack => {
  const stack = constructStack<any, any>();
  stack.add(recorder("build-low"), { step: "build", priority: "low", name: "buildLow" });
  stack.add(recorder("init"), { step: "initialize", name: "init" });
  stack.add(recorder("build-high"), { step: "build", priority: "high", name: "buildHigh" });
  stack.add(recorder("finalize"), { step: "finalizeRequest", name: "finalize" });
  stack.addRelativeTo(recorder("after-init"), { relation: "after", toMiddleware: "init", name: "afterInit" });
  stack.addRelativeTo(recorder("before-init"), { relation: "before", toMiddleware: "init", name: "beforeInit" });
  stack.add(recorder("deserialize"), { step: "deserialize", name: "deser" });
  return stack;
};

const plugins = () => [
  {
    applyToStack: (stack: Stack) => {
      stack.add(recorder("serialize"), { step: "serialize", name: "ser", override: true });
      stack.addRelativeTo(recorder("endpoint"), {
        relation: "before",
        toMiddleware: "ser",
        name: "ep",
        override: true,
      });
    },
  },
];

const terminal = async () => ({ output: {} });

/** Runs one request through resolveHandler and returns the order the middleware ran in. */
const viaCache = async (clientStack: Stack, commandStack: Stack, id: number) => {
  log = [];
  await resolveHandler(clientStack, commandStack, {}, "Op", [], plugins, terminal, { id })({});
  return log;
};

/** The same request the general way: concat, use, resolve. */
const viaResolve = async (clientStack: Stack, commandStack: Stack, id: number) => {
  log = [];
  const stack = clientStack.concat(commandStack);
  for (const plugin of plugins()) stack.use(plugin as never);
  await stack.resolve(terminal as never, { id })({} as never);
  return log;
};

describe("resolveHandler", () => {
  it("runs the middleware in the order concat + use + resolve gives, with each request's own context", async () => {
    const clientStack = sampleStack();
    const expected = await viaResolve(clientStack, constructStack(), 1);
    expect(expected[0]).toBe("before-init:1");
    expect(await viaCache(clientStack, constructStack(), 1)).toEqual(expected);
    // The second request takes the remembered order.
    expect(await viaCache(clientStack, constructStack(), 2)).toEqual(
      expected.map((entry) => entry.replace(/:1$/, ":2")),
    );
  });

  it("sees middleware added to or removed from the client's stack after a send", async () => {
    const clientStack = sampleStack();
    const names = async () =>
      (await viaCache(clientStack, constructStack(), 0)).map((entry) => entry.replace(/:\d+$/, ""));
    await names();
    clientStack.add(recorder("late"), { step: "build", name: "late" });
    expect(await names()).toContain("late");
    clientStack.remove("late");
    expect(await names()).not.toContain("late");
    clientStack.use({
      applyToStack: (stack) => stack.add(recorder("plugged"), { step: "initialize", name: "plugged" }),
    });
    expect(await names()).toContain("plugged");
    clientStack.addRelativeTo(recorder("tagged"), {
      relation: "after",
      toMiddleware: "plugged",
      name: "tagged",
      tags: ["T"],
    });
    expect(await names()).toContain("tagged");
    clientStack.removeByTag("T");
    expect(await names()).not.toContain("tagged");
    expect(await viaCache(clientStack, constructStack(), 3)).toEqual(
      await viaResolve(clientStack, constructStack(), 3),
    );
  });

  it("takes the command's own middleware into account", async () => {
    const clientStack = sampleStack();
    const commandStack = constructStack<any, any>();
    commandStack.add(recorder("command"), { step: "build", name: "command" });
    const seen = await viaCache(clientStack, commandStack, 7);
    expect(seen).toContain("command:7");
    expect(seen).toEqual(await viaResolve(clientStack, commandStack, 7));
  });

  it("does not call any middleware factory when it works out the order", () => {
    const factory = vi.fn(() => async (args: any) => ({ output: args }));
    const clientStack = constructStack<any, any>();
    clientStack.add(factory as any, { step: "build", name: "spy" });
    resolveHandler(clientStack, constructStack(), {}, "Op", [], () => [], terminal, {});
    expect(factory).toHaveBeenCalledTimes(1); // once: for this request's handler, not for the ordering
    resolveHandler(clientStack, constructStack(), {}, "Op", [], () => [], terminal, {});
    expect(factory).toHaveBeenCalledTimes(2);
  });

  it("reports a relative entry whose anchor is missing on every send, as resolve does", () => {
    const clientStack = constructStack<any, any>();
    clientStack.addRelativeTo(recorder("orphan"), { relation: "after", toMiddleware: "nowhere", name: "orphan" });
    const attempt = () => resolveHandler(clientStack, constructStack(), {}, "Op", [], () => [], terminal, {});
    expect(attempt).toThrow(/nowhere is not found when adding orphan middleware after nowhere/);
    expect(attempt).toThrow(/nowhere is not found/);
  });
});

describe("SSOClient with the remembered order", () => {
  afterEach(() => vi.restoreAllMocks());

  const stubHandler = (seen: HttpRequest[]): RequestHandler<any, any> => ({
    handle: async (request: HttpRequest) => {
      seen.push(request);
      const body = request.path.endsWith("/credentials")
        ? { roleCredentials: { accessKeyId: "AKID", expiration: 1 } }
        : { accountList: [{ accountId: "111122223333" }] };
      return {
        response: { statusCode: 200, headers: {}, body: new TextEncoder().encode(JSON.stringify(body)) } as never,
      };
    },
  });

  it("applies client middleware added between sends, per operation, and each command's own middleware", async () => {
    const seen: HttpRequest[] = [];
    const client = new SSOClient({ region: "us-east-1", requestHandler: stubHandler(seen) });
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    expect(seen[0].headers["x-late"]).toBeUndefined();

    client.middlewareStack.add(
      (next) => async (args: any) => {
        args.request.headers["x-late"] = "yes";
        return next(args);
      },
      { step: "build", name: "late" },
    );
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    await client.send(new GetRoleCredentialsCommand({ accessToken: "t", accountId: "111122223333", roleName: "R" }));
    expect(seen[1].headers["x-late"]).toBe("yes");
    expect(seen[2].headers["x-late"]).toBe("yes");
    expect(seen[2].path).toBe("/federation/credentials");

    const command = new ListAccountsCommand({ accessToken: "t" });
    command.middlewareStack.add(
      (next) => async (args: any) => {
        args.request.headers["x-command"] = "1";
        return next(args);
      },
      { step: "build", name: "own" },
    );
    await client.send(command);
    expect(seen[3].headers["x-command"]).toBe("1");
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    expect(seen[4].headers["x-command"]).toBeUndefined();

    client.middlewareStack.remove("late");
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    expect(seen[5].headers["x-late"]).toBeUndefined();
    client.destroy();
  });

  it("gives concurrent sends their own context", async () => {
    const contexts = new Set<unknown>();
    const client = new SSOClient({ region: "us-east-1", requestHandler: stubHandler([]) });
    client.middlewareStack.add(
      (next, context) => async (args: any) => {
        contexts.add(context);
        return next(args);
      },
      { step: "initialize", name: "collect" },
    );
    await Promise.all(Array.from({ length: 5 }, () => client.send(new ListAccountsCommand({ accessToken: "t" }))));
    expect(contexts.size).toBe(5);
    client.destroy();
  });

  it("still prints the stack when identifyOnResolve is on", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const client = new SSOClient({ region: "us-east-1", requestHandler: stubHandler([]) });
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    client.middlewareStack.identifyOnResolve(true);
    await client.send(new ListAccountsCommand({ accessToken: "t" }));
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toContain("serializerMiddleware");
    client.destroy();
  });
});
