// The same calls through this client and the original @aws-sdk/client-sso (a dev dependency,
// used here only to observe it): the pipeline must put the same things on the wire and in the log.
import * as original from "@aws-sdk/client-sso";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import * as ours from "../../src/index.js";
import { isolatedEnvironment } from "./support/environment.js";
import { type Fault, type FaultServer, startFaultServer } from "./support/faultServer.js";

type Library = typeof ours | typeof original;
const LIBRARIES: [string, Library][] = [
  ["ours", ours],
  ["original", original],
];

let portal: FaultServer;
const environment = isolatedEnvironment();

interface Observed {
  headerNames: string[][];
  userAgent: string;
  xAmzUserAgent: string;
  attemptHeaders: string[];
  outcome: unknown;
  log: { level: string; keys: string[]; commandName?: unknown; input?: unknown; output?: unknown }[];
}

/** The SDK's identity and version numbers differ by design; the rest of the user agent must not. */
const withoutIdentity = (userAgent: string) =>
  userAgent
    .replace(/^(aws-sdk-js|client-sso)\/[^ ]+/, "<sdk>")
    .replace(/ (aws-sdk-js|client-sso)\/[^ ]+/, " <sdk>")
    .replace(/api\/sso#[^ ]+/, "api/sso#<version>");

const observe = async (
  library: Library,
  faults: Fault[],
  config: Record<string, unknown>,
  send: "list" | "logout" = "list",
) => {
  portal.reset();
  portal.queue(...faults);
  const log: Observed["log"] = [];
  const record = (level: string) => (entry: unknown) => {
    if (entry && typeof entry === "object") {
      const fields = entry as Record<string, unknown>;
      log.push({
        level,
        keys: Object.keys(fields),
        commandName: fields.commandName,
        input: fields.input,
        output: fields.output,
      });
    }
  };
  const logger = { debug: () => {}, info: record("info"), warn: record("warn"), error: record("error") };
  const client = new library.SSOClient({ region: "us-east-1", endpoint: portal.endpoint, logger, ...config });
  const command =
    send === "list"
      ? new library.ListAccountsCommand({ accessToken: "token", maxResults: 2 })
      : new library.LogoutCommand({ accessToken: "token" });
  const outcome = await (client.send as (command: unknown) => Promise<{ $metadata: { attempts?: number } }>)(
    command,
  ).then(
    (output) => ({ attempts: output.$metadata.attempts }),
    (error: { name: string; $metadata?: { attempts?: number } }) => ({
      error: error.name,
      attempts: error.$metadata?.attempts,
    }),
  );
  client.destroy();
  const first = portal.requests[0];
  return {
    headerNames: portal.requests.map((request) => request.headerNames),
    userAgent: withoutIdentity(String(first.headers["user-agent"])),
    xAmzUserAgent: withoutIdentity(String(first.headers["x-amz-user-agent"])),
    attemptHeaders: portal.requests.map((request) => String(request.headers["amz-sdk-request"])),
    outcome,
    log,
  } satisfies Observed;
};

const compare = async (faults: Fault[], config: Record<string, unknown> = {}, send: "list" | "logout" = "list") => {
  const results: Observed[] = [];
  for (const [, library] of LIBRARIES) results.push(await observe(library, faults, config, send));
  return { ours: results[0], original: results[1] };
};

beforeAll(async () => {
  portal = await startFaultServer();
});
beforeEach(() => environment.setUp());
afterEach(() => environment.tearDown());
afterAll(() => portal.close());

describe("the same as the original", () => {
  it.each([
    ["a plain call", {}],
    ["adaptive retry mode", { retryMode: "adaptive" }],
    [
      "an app ID and a custom user agent",
      { userAgentAppId: "my app", customUserAgent: [["tool", "1 0"], ["api/Other"]] },
    ],
    ["five attempts", { maxAttempts: 5 }],
  ])("user agent, header order and attempts for %s", async (_name, config) => {
    const { ours: mine, original: theirs } = await compare([{ status: 500 }], config);
    expect(mine).toEqual(theirs);
  });

  it("inside Lambda: the trace header, in the same place", async () => {
    Object.assign(process.env, {
      AWS_LAMBDA_FUNCTION_NAME: "fn",
      _X_AMZN_TRACE_ID: "Root=1-same",
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs20.x",
    });
    const { ours: mine, original: theirs } = await compare([]);
    expect(mine).toEqual(theirs);
    expect(mine.headerNames[0]).toContain("x-amzn-trace-id");
  });

  it("errors that are not retried, and the error log line", async () => {
    const { ours: mine, original: theirs } = await compare([{ status: 401, errorType: "UnauthorizedException" }]);
    expect(mine).toEqual(theirs);
    expect(mine.log.map((entry) => entry.level)).toEqual(["error"]);
  });

  it("throttling and resets, retried alike", async () => {
    const { ours: mine, original: theirs } = await compare([
      { status: 429, errorType: "TooManyRequestsException" },
      { reset: true },
    ]);
    expect(mine).toEqual(theirs);
    expect(mine.outcome).toEqual({ attempts: 3 });
  });

  it("POST /logout", async () => {
    const { ours: mine, original: theirs } = await compare([], {}, "logout");
    // The original leaves content-length to node:http, which adds it last; ours sets it earlier.
    const sorted = (observed: Observed) => ({
      ...observed,
      headerNames: observed.headerNames.map((names) => [...names].sort()),
    });
    expect(sorted(mine)).toEqual(sorted(theirs));
    expect(mine.headerNames[0]).toContain("content-length");
  });
});
