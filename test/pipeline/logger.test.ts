import { inspect } from "node:util";

import { describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
} from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";
import { ROLE_CREDENTIALS } from "./support/faultServer.js";

const TOKEN = "aoaAAAAAGPipelineLoggerSecretAccessToken";
const SECRETS = [TOKEN, ROLE_CREDENTIALS.secretAccessKey, ROLE_CREDENTIALS.sessionToken];
const HIDDEN = "***SensitiveInformation***";

type Level = "trace" | "debug" | "info" | "warn" | "error";

/** A logger that keeps every call, and everything it was given rendered as text. */
const recordingLogger = () => {
  const calls: { level: Level; args: unknown[] }[] = [];
  const record =
    (level: Level) =>
    (...args: unknown[]) =>
      calls.push({ level, args });
  return {
    calls,
    logger: {
      trace: record("trace"),
      debug: record("debug"),
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
    },
    text: () => calls.map(({ args }) => inspect(args, { depth: 10, showHidden: false })).join("\n"),
  };
};

const harness = pipelineHarness();
const { clientFor } = harness;

const expectNoSecrets = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe("with a logger", () => {
  it("logs each call through info: client, command, filtered input and output, metadata", async () => {
    const { logger, calls } = recordingLogger();
    const client = clientFor({ logger });
    const output = await client.send(
      new GetRoleCredentialsCommand({ accessToken: TOKEN, roleName: "ReadOnly", accountId: "111122223333" }),
    );
    const infos = calls.filter((call) => call.level === "info");
    expect(infos).toHaveLength(1);
    expect(infos[0].args).toEqual([
      {
        clientName: "SSOClient",
        commandName: "GetRoleCredentialsCommand",
        input: { accessToken: HIDDEN, roleName: "ReadOnly", accountId: "111122223333" },
        output: { roleCredentials: { ...ROLE_CREDENTIALS, secretAccessKey: HIDDEN, sessionToken: HIDDEN } },
        metadata: output.$metadata,
      },
    ]);
    expect(output.roleCredentials?.secretAccessKey).toBe(ROLE_CREDENTIALS.secretAccessKey);
  });

  it("logs every command with its name, and the output without $metadata", async () => {
    const { logger, calls } = recordingLogger();
    const client = clientFor({ logger });
    await client.send(new ListAccountsCommand({ accessToken: TOKEN, maxResults: 5 }));
    await client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: "111122223333" }));
    await client.send(new LogoutCommand({ accessToken: TOKEN }));
    const infos = calls.filter((call) => call.level === "info").map((call) => call.args[0] as Record<string, any>);
    expect(infos.map((entry) => entry.commandName)).toEqual([
      "ListAccountsCommand",
      "ListAccountRolesCommand",
      "LogoutCommand",
    ]);
    expect(infos[0].input).toEqual({ accessToken: HIDDEN, maxResults: 5 });
    expect(infos[0].output).toEqual({
      accountList: [{ accountId: "111122223333", accountName: "dev", emailAddress: "dev@example.com" }],
    });
    expect(infos[2].output).toEqual({});
    for (const entry of infos) expect(entry.metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });

  it("logs a failed call through error: filtered input, the error, its metadata", async () => {
    const { logger, calls } = recordingLogger();
    harness.portal.queue({
      status: 401,
      errorType: "UnauthorizedException",
      message: "Session token not found or invalid",
    });
    const client = clientFor({ logger });
    const error = await client.send(new ListAccountsCommand({ accessToken: TOKEN })).catch((caught: unknown) => caught);
    const errors = calls.filter((call) => call.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].args).toEqual([
      {
        clientName: "SSOClient",
        commandName: "ListAccountsCommand",
        input: { accessToken: HIDDEN },
        error,
        metadata: (error as { $metadata: unknown }).$metadata,
      },
    ]);
    expect(calls.some((call) => call.level === "info")).toBe(false);
  });
});

describe("no access token and no credential, ever", () => {
  const failures: [string, () => void][] = [
    ["an error response", () => harness.portal.queue({ status: 401, errorType: "UnauthorizedException" })],
    ["retried server errors", () => harness.portal.queue({ status: 500 }, { status: 503 }, { status: 502 })],
    ["connection resets", () => harness.portal.queue({ reset: true }, { reset: true }, { reset: true })],
  ];

  it.each(failures)("in log lines and error messages after %s", async (_name, inject) => {
    const { logger, text } = recordingLogger();
    inject();
    const client = clientFor({ logger });
    const error = (await client
      .send(new ListAccountsCommand({ accessToken: TOKEN }))
      .catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(Error);
    expectNoSecrets(text());
    expectNoSecrets(`${error.message}\n${error.stack}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`);
  });

  it("in log lines and error messages after a timeout or an abort", async () => {
    const { logger, text } = recordingLogger();
    harness.portal.queue({ hang: true }, { hang: true });
    const client = clientFor({
      logger,
      maxAttempts: 1,
      requestHandler: { requestTimeout: 150, throwOnRequestTimeout: true },
    });
    const timedOut = (await client
      .send(new ListAccountsCommand({ accessToken: TOKEN }))
      .catch((caught: unknown) => caught)) as Error;
    const controller = new AbortController();
    const call = client.send(new ListAccountsCommand({ accessToken: TOKEN }), { abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const aborted = (await call.catch((caught: unknown) => caught)) as Error;
    expect([timedOut.name, aborted.name]).toEqual(["TimeoutError", "AbortError"]);
    expectNoSecrets(text());
    for (const error of [timedOut, aborted]) expectNoSecrets(`${error.message}\n${inspect(error, { depth: 10 })}`);
  });

  it("in log lines of successful calls, whatever the level", async () => {
    const { logger, text } = recordingLogger();
    const client = clientFor({ logger });
    await client.send(
      new GetRoleCredentialsCommand({ accessToken: TOKEN, roleName: "ReadOnly", accountId: "111122223333" }),
    );
    await client.send(new LogoutCommand({ accessToken: TOKEN }));
    expect(text()).toContain(HIDDEN);
    expectNoSecrets(text());
  });
});

it("without a logger, nothing is logged anywhere, the console included", async () => {
  const consoleCalls: unknown[] = [];
  const methods = ["log", "debug", "info", "warn", "error"] as const;
  const originals = methods.map((method) => console[method]);
  for (const method of methods) console[method] = (...args: unknown[]) => consoleCalls.push(args);
  try {
    harness.portal.queue({ status: 500 }, { status: 401, errorType: "UnauthorizedException" });
    const client = clientFor();
    await client.send(new ListAccountsCommand({ accessToken: TOKEN })).catch(() => undefined);
    await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
  } finally {
    methods.forEach((method, index) => (console[method] = originals[index]!));
  }
  expect(consoleCalls).toEqual([]);
});
