// No secret ever shows: every conformance scenario, every bad input and a few hostile answers go
// through our client with a recording logger, and neither the access token nor the role's secret
// access key or session token may appear in any log entry, error message, stack, or serialized
// error (JSON.stringify, util.inspect — what console.log and most loggers print).
import { inspect } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Logger } from "@smithy/types";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
} from "../../src/index.js";
import { createLocalPortal, generateFixture } from "../../src/local-portal/index.js";
import { makeClient, makeCommand, type Operation, type Scenario } from "../conformance/harness.js";
import { ACCESS_TOKEN, SCENARIOS, SECRET_ACCESS_KEY, SECRETS, SESSION_TOKEN } from "../conformance/scenarios.js";
import { reply, startScriptedServer, truncated, type ScriptedServer } from "../conformance/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
});

const figures = { scenarios: 0, logEntries: 0, errors: 0 };

/** Every way a log entry or an error commonly ends up as text. */
const renderings = (value: unknown): string[] => {
  const texts = [
    inspect(value, { depth: Number.POSITIVE_INFINITY }),
    inspect(value, { depth: Number.POSITIVE_INFINITY, colors: false, compact: false }),
    // Everything reachable, hidden members ($response, $responseBodyText) and getters included.
    inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
  ];
  try {
    texts.push(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? String(v) : v)) ?? "");
  } catch {
    // a circular structure cannot be JSON: inspect covers it
  }
  if (value instanceof Error) texts.push(String(value), value.message, String(value.stack));
  return texts;
};

const expectNoSecret = (label: string, value: unknown) => {
  for (const text of renderings(value)) {
    for (const secret of SECRETS) {
      expect(text.includes(secret), `${label} shows a secret: ${text.slice(0, 300)}`).toBe(false);
    }
  }
};

const CREDENTIALS = {
  accessKeyId: "ASIAEXAMPLE",
  secretAccessKey: SECRET_ACCESS_KEY,
  sessionToken: SESSION_TOKEN,
  expiration: 1,
};
const credentialsCall = (name: string, body: unknown): Scenario => ({
  name,
  operation: "GetRoleCredentials",
  input: { accessToken: ACCESS_TOKEN, accountId: "111122223333", roleName: "ReadOnly" },
  steps: [typeof body === "function" ? (body as Scenario["steps"][number]) : reply(200, body)],
  maxAttempts: 1,
});
const withToken = (name: string, operation: Operation, input: Record<string, unknown>): Scenario => ({
  name,
  operation,
  input,
  steps: [reply(200, {})],
  maxAttempts: 1,
});

/** Inputs and answers built to tempt a leak. */
const HOSTILE: Scenario[] = [
  withToken("token with CR/LF", "ListAccounts", { accessToken: `${ACCESS_TOKEN}\r\nx-injected: 1` }),
  withToken("token outside Latin-1", "Logout", { accessToken: `${ACCESS_TOKEN}€` }),
  withToken("token over 8 KiB", "ListAccounts", { accessToken: ACCESS_TOKEN.repeat(200) }),
  withToken("token with a missing roleName", "GetRoleCredentials", { accessToken: ACCESS_TOKEN, accountId: "1" }),
  withToken("token with a number accountId", "ListAccountRoles", { accessToken: ACCESS_TOKEN, accountId: 1 }),
  withToken("token with a string maxResults", "ListAccounts", { accessToken: ACCESS_TOKEN, maxResults: "1" }),
  withToken("token with a fraction maxResults", "ListAccounts", { accessToken: ACCESS_TOKEN, maxResults: 1.5 }),
  credentialsCall("credentials", { roleCredentials: CREDENTIALS }),
  credentialsCall("credentials with extra members", {
    roleCredentials: { ...CREDENTIALS, extra: SECRET_ACCESS_KEY },
    more: SESSION_TOKEN,
  }),
  credentialsCall("credentials cut short", truncated(200, { roleCredentials: CREDENTIALS })),
  credentialsCall("credentials followed by junk", `${JSON.stringify({ roleCredentials: CREDENTIALS })} trailing`),
  credentialsCall("credentials as a JSON-encoded string", { roleCredentials: JSON.stringify(CREDENTIALS) }),
  credentialsCall("secret access key as a list", {
    roleCredentials: { ...CREDENTIALS, secretAccessKey: [SECRET_ACCESS_KEY] },
  }),
  credentialsCall("session token as an object", {
    roleCredentials: { ...CREDENTIALS, sessionToken: { value: SESSION_TOKEN } },
  }),
  credentialsCall(
    "credentials with a fault just after the secret",
    `{"roleCredentials":{"secretAccessKey":"${SECRET_ACCESS_KEY}","x": nope}}`,
  ),
  credentialsCall(
    "credentials with a fault inside the secret",
    `{"roleCredentials":{"sessionToken":"${SESSION_TOKEN.slice(0, 40)}\u0001${SESSION_TOKEN.slice(40)}"}}`,
  ),
  {
    name: "an HTML error page echoing the request's headers",
    operation: "ListAccounts",
    input: { accessToken: ACCESS_TOKEN },
    steps: [
      (request, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end(`<html><pre>${JSON.stringify(request.headers)}</pre></html>`);
      },
    ],
    maxAttempts: 1,
  },
  {
    name: "an error echoing the access token in its message, its members and a header",
    operation: "ListAccounts",
    input: { accessToken: ACCESS_TOKEN },
    steps: [
      reply(
        400,
        { message: `token ${ACCESS_TOKEN} is not valid`, detail: ACCESS_TOKEN },
        { "x-amzn-errortype": "InvalidRequestException", "x-echo": ACCESS_TOKEN },
      ),
    ],
    maxAttempts: 1,
  },
  credentialsCall("expiration as a string", { roleCredentials: { ...CREDENTIALS, expiration: "soon" } }),
];

describe("no secret in logs, error messages or serialized errors", () => {
  const all = [...SCENARIOS, ...HOSTILE];

  it.each(all.map((scenario) => [scenario.name, scenario] as const))("%s", async (_name, scenario) => {
    const entries: unknown[][] = [];
    const record =
      (level: string) =>
      (...content: unknown[]) =>
        entries.push([level, ...content]);
    const logger: Logger = {
      trace: record("trace"),
      debug: record("debug"),
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
    };
    server.script(scenario.steps);
    const client = makeClient("ours", server.endpoint, { maxAttempts: scenario.maxAttempts ?? 3, logger });
    let error: unknown;
    try {
      await client.send(makeCommand("ours", scenario.operation, structuredClone(scenario.input)));
    } catch (caught) {
      error = caught;
    } finally {
      client.destroy();
    }

    // The logger hears about every call: one info entry for a result, one error entry for a failure.
    const outcomes = entries.filter((entry) => entry[0] === "info" || entry[0] === "error");
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0][0]).toBe(error === undefined ? "info" : "error");
    for (const entry of entries) expectNoSecret(`log entry ${inspect(entry[0])}`, entry);
    if (error !== undefined) {
      expectNoSecret("the error", error);
      figures.errors += 1;
    }
    figures.scenarios += 1;
    figures.logEntries += entries.length;
  });

  it.each([
    ["no fault", {}],
    ["5xx", { failureRate: 1 }],
    ["429", { throttle: { requestsPerSecond: 0.001, burst: 0 } }],
    ["resets", { resetRate: 1 }],
    ["truncated bodies", { truncateRate: 1 }],
    ["HTML bodies", { garbageRate: 1 }],
    ["a bit of everything", { failureRate: 0.2, resetRate: 0.1, truncateRate: 0.1, garbageRate: 0.1 }],
  ] as const)("every operation against the local portal with %s", async (_label, faults) => {
    const portal = await createLocalPortal({
      ...faults,
      fixtures: generateFixture({ accounts: 3, rolesPerAccount: 2 }),
    });
    const entries: unknown[] = [];
    const logger: Logger = {
      trace: (...content) => entries.push(["trace", ...content]),
      debug: (...content) => entries.push(["debug", ...content]),
      info: (...content) => entries.push(["info", ...content]),
      warn: (...content) => entries.push(["warn", ...content]),
      error: (...content) => entries.push(["error", ...content]),
    };
    const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, logger, maxAttempts: 2 });
    const secrets: string[] = [];
    try {
      portal.issueToken("user-1", { token: ACCESS_TOKEN });
      const calls = [
        new ListAccountsCommand({ accessToken: ACCESS_TOKEN }),
        new ListAccountRolesCommand({ accessToken: ACCESS_TOKEN, accountId: "100000000001" }),
        new GetRoleCredentialsCommand({
          accessToken: ACCESS_TOKEN,
          accountId: "100000000001",
          roleName: "AdministratorAccess",
        }),
        new GetRoleCredentialsCommand({
          accessToken: ACCESS_TOKEN,
          accountId: "100000000002",
          roleName: "ReadOnlyAccess",
        }),
        new LogoutCommand({ accessToken: ACCESS_TOKEN }),
      ];
      const errors: unknown[] = [];
      for (const command of calls) {
        try {
          const output = (await client.send(command as never)) as {
            roleCredentials?: { secretAccessKey: string; sessionToken: string };
          };
          if (output.roleCredentials)
            secrets.push(output.roleCredentials.secretAccessKey, output.roleCredentials.sessionToken);
        } catch (error) {
          errors.push(error);
        }
      }
      // One outcome entry per call (info for a result, error for a failure), beside debug lines.
      const outcomes = entries.filter((entry) => ["info", "error"].includes((entry as string[])[0]));
      expect(outcomes).toHaveLength(calls.length);
      for (const value of [...entries, ...errors]) {
        for (const text of renderings(value)) {
          for (const secret of [ACCESS_TOKEN, ...secrets])
            expect(text.includes(secret), text.slice(0, 300)).toBe(false);
        }
      }
      figures.scenarios += 1;
      figures.logEntries += entries.length;
      figures.errors += errors.length;
    } finally {
      client.destroy();
      await portal.close();
    }
  });

  it("a credentials answer that is not valid JSON: the SyntaxError quotes none of the body, and $response has no body", async () => {
    server.script([reply(200, `{"roleCredentials":{"secretAccessKey":"${SECRET_ACCESS_KEY}","x": nope}}`)]);
    const client = makeClient("ours", server.endpoint, { maxAttempts: 1 });
    const error = (await client
      .send(makeCommand("ours", "GetRoleCredentials", { accessToken: ACCESS_TOKEN, accountId: "1", roleName: "r" }))
      .catch((e: unknown) => e)) as SyntaxError & { $response: { statusCode: number; body?: unknown } };
    client.destroy();
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toMatch(
      /^Unexpected token 'o' in the response body is not valid JSON\n {2}Deserialization error/,
    );
    expect(error.message).not.toContain(SECRET_ACCESS_KEY.slice(-4));
    expect(error.$response.statusCode).toBe(200);
    expect(error.$response.body).toBeUndefined();
    expect(Object.getOwnPropertyNames(error)).not.toContain("$responseBodyText");
  });

  it.each([
    ["aborted in flight", "abort"],
    ["connection refused", "refused"],
  ] as const)("an error from the handler (%s) reaches no secret", async (_label, kind) => {
    server.script([(_request, res) => setTimeout(() => res.destroyed || res.end("{}"), 2_000)]);
    const endpoint = kind === "refused" ? "http://127.0.0.1:1" : server.endpoint;
    const client = makeClient("ours", endpoint, { maxAttempts: 1 });
    const controller = new AbortController();
    const command = makeCommand("ours", "GetRoleCredentials", {
      accessToken: ACCESS_TOKEN,
      accountId: "1",
      roleName: "r",
    });
    const sent = (client as unknown as { send(c: unknown, o: unknown): Promise<unknown> }).send(command, {
      abortSignal: controller.signal,
    });
    if (kind === "abort") setTimeout(() => controller.abort(), 50);
    const error = await sent.catch((e: unknown) => e);
    client.destroy();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe(kind === "abort" ? "AbortError" : "Error");
    expectNoSecret("the error", error);
  });

  it("ran every scenario", () => {
    expect(figures.scenarios).toBe(all.length + 7);
    console.log(
      `secrets: ${figures.scenarios} scenarios, ${figures.logEntries} log entries and ${figures.errors} errors checked, no access token, secret access key or session token in any`,
    );
  });
});
