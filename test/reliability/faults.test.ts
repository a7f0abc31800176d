// Fault injection against the local SSO portal emulator (a real HTTP server on loopback): 5xx
// bursts, throttling, connection resets before and during the answer, truncated bodies, answers
// slower than requestTimeout, aborts, a 10 MB body, wrong content types, and all of them at once.
// Every failure must be a typed error with $metadata, retries must follow the standard mode's rules
// (what is retried, how often, numbered attempts under one invocation id), and nothing may escape
// as an unhandled rejection or an uncaught exception.
import { subscribe, unsubscribe } from "node:diagnostics_channel";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
  SSOServiceException,
  TooManyRequestsException,
} from "../../src/index.js";
import {
  createLocalPortal,
  generateFixture,
  type LocalPortal,
  type PortalFixture,
  type RequestLogEntry,
} from "../../src/local-portal/index.js";
import { reply, startScriptedServer } from "../conformance/server.js";

const TOKEN = "generated-token-1";
const ACCOUNT = "100000000001";
const ALL_FAULTS_OFF = {
  failureRate: 0,
  resetRate: 0,
  truncateRate: 0,
  garbageRate: 0,
  latency: undefined,
  throttle: undefined,
} as const;

// ---- the process must not notice any of this ---------------------------------------------------
const escaped: unknown[] = [];
const onEscaped = (reason: unknown) => escaped.push(reason);
const figures = { calls: 0, typedFailures: 0, injected: 0 };

let portal: LocalPortal;
/** Called with each request the portal answered (or reset); tests replace it. */
let onRequest: (entry: RequestLogEntry) => void = () => {};

beforeAll(async () => {
  process.on("unhandledRejection", onEscaped);
  process.on("uncaughtException", onEscaped);
  portal = await createLocalPortal({
    fixtures: generateFixture({ accounts: 30, rolesPerAccount: 3 }),
    onRequest: (entry) => onRequest(entry),
  });
});
afterEach(() => {
  for (const [kind, count] of Object.entries(portal.stats.faults)) if (kind !== "none") figures.injected += count;
  portal.reset();
  onRequest = () => {};
});
afterAll(async () => {
  await portal.close();
  // Let any stray rejection surface before looking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off("unhandledRejection", onEscaped);
  process.off("uncaughtException", onEscaped);
  expect(escaped).toEqual([]);
  console.log(
    `faults: ${figures.injected} injected faults survived over ${figures.calls} calls, ${figures.typedFailures} typed failures, ${escaped.length} unhandled rejections or uncaught exceptions`,
  );
});

// ---- helpers -----------------------------------------------------------------------------------
type Failure = Error & {
  $metadata: { httpStatusCode?: number; attempts: number; totalRetryDelay: number; requestId?: string };
  $fault?: string;
  code?: string;
};
type Settled = { ok: true; output: { $metadata: { attempts: number } } } | { ok: false; error: Failure };

const newClient = (config: Record<string, unknown> = {}) =>
  new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 3, ...config });

const OPERATIONS = {
  ListAccounts: () => new ListAccountsCommand({ accessToken: TOKEN, maxResults: 5 }),
  ListAccountRoles: () => new ListAccountRolesCommand({ accessToken: TOKEN, accountId: ACCOUNT }),
  GetRoleCredentials: () =>
    new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: ACCOUNT, roleName: "ReadOnlyAccess" }),
  // Logout ends the session: it gets a token of its own each time.
  Logout: () => new LogoutCommand({ accessToken: portal.issueToken("user-1") }),
};
type Operation = keyof typeof OPERATIONS;
const OPERATION_NAMES = Object.keys(OPERATIONS) as Operation[];

const settle = async (client: SSOClient, command: unknown, options: Record<string, unknown> = {}): Promise<Settled> => {
  figures.calls += 1;
  try {
    return { ok: true, output: await client.send(command as never, options) };
  } catch (error) {
    expectTyped(error, 3);
    figures.typedFailures += 1;
    return { ok: false, error: error as Failure };
  }
};

/** A failure a caller can handle: an Error with a name, a message and $metadata with attempts. */
const expectTyped = (error: unknown, maxAttempts: number) => {
  expect(error).toBeInstanceOf(Error);
  const failure = error as Failure;
  expect(failure.name).toMatch(/^\w+$/);
  expect(typeof failure.message).toBe("string");
  expect(failure.$metadata).toBeTypeOf("object");
  expect(failure.$metadata.attempts).toBeGreaterThanOrEqual(1);
  expect(failure.$metadata.attempts).toBeLessThanOrEqual(maxAttempts);
  expect(failure.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(0);
  // An error answer (not a broken body or connection) is always the service's exception.
  const status = failure.$metadata.httpStatusCode;
  if (status !== undefined && status >= 300) expect(failure).toBeInstanceOf(SSOServiceException);
};

const failed = (settled: Settled): Failure => {
  if (settled.ok) throw new Error("expected the call to fail");
  return settled.error;
};

/** The portal's log grouped by invocation id: each call's attempts, in order. */
const attemptsByCall = (log: RequestLogEntry[]) => {
  const calls = new Map<string, string[]>();
  for (const entry of log) {
    const id = String(entry.headers["amz-sdk-invocation-id"]);
    calls.set(id, [...(calls.get(id) ?? []), String(entry.headers["amz-sdk-request"])]);
  }
  return [...calls.values()];
};

/**
 * Each call's attempts are numbered 1, 2, … under one invocation id, never more than `max`. With
 * `gaps`, an attempt may be missing from the log: one that failed on a kept-alive socket the
 * portal had just dropped never reached it.
 */
const expectNumberedAttempts = (log: RequestLogEntry[], max: number, { gaps = false } = {}) => {
  for (const attempts of attemptsByCall(log)) {
    expect(attempts.length).toBeLessThanOrEqual(max);
    if (!gaps) {
      expect(attempts).toEqual(attempts.map((_, i) => `attempt=${i + 1}; max=${max}`));
      continue;
    }
    const numbers = attempts.map((header) => Number(/^attempt=(\d+); max=(\d+)$/.exec(header)?.[1]));
    for (const header of attempts) expect(header).toMatch(new RegExp(`^attempt=[1-${max}]; max=${max}$`));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  }
};

/** Answers the first `count` requests with the fault, then turns it off: a burst. */
const burst = (count: number, faults: Parameters<LocalPortal["setFaults"]>[0]) => {
  let seen = 0;
  portal.setFaults(faults);
  onRequest = () => {
    seen += 1;
    if (seen === count) portal.setFaults(ALL_FAULTS_OFF);
  };
};

/** Waits until the portal has answered `count` requests: slow answers land after the client gave up. */
const portalAnswered = async (count: number) => {
  for (let waited = 0; portal.stats.requests < count && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(portal.stats.requests).toBe(count);
};

const runAll = async <T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> => {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
};

// ---- 5xx -----------------------------------------------------------------------------------------
describe("5xx bursts", () => {
  it.each(OPERATION_NAMES)(
    "%s: a burst longer than maxAttempts is a server-fault SSOServiceException after 3 attempts",
    async (operation) => {
      const client = newClient();
      portal.setFaults({ failureRate: 1 });
      const error = failed(await settle(client, OPERATIONS[operation]()));
      expect(error).toBeInstanceOf(SSOServiceException);
      expect(error.$fault).toBe("server");
      expect(["InternalFailure", "ServiceUnavailable"]).toContain(error.name);
      expect([500, 503]).toContain(error.$metadata.httpStatusCode);
      expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.$metadata.attempts).toBe(3);
      expect(error.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(0);
      expect(portal.requestLog).toHaveLength(3);
      expectNumberedAttempts(portal.requestLog, 3);
      client.destroy();
    },
  );

  it("a burst of 2 is ridden out on the third attempt", async () => {
    const client = newClient();
    burst(2, { failureRate: 1, failureStatuses: [500, 502, 503, 504] });
    const settled = await settle(client, OPERATIONS.ListAccounts());
    expect(settled).toMatchObject({ ok: true, output: { $metadata: { httpStatusCode: 200, attempts: 3 } } });
    expectNumberedAttempts(portal.requestLog, 3);
    client.destroy();
  });

  it("maxAttempts 1 does not retry", async () => {
    const client = newClient({ maxAttempts: 1 });
    portal.setFaults({ failureRate: 1 });
    const error = failed(await settle(client, OPERATIONS.ListAccounts()));
    expect(error.$metadata).toMatchObject({ attempts: 1, totalRetryDelay: 0 });
    expect(portal.stats.requests).toBe(1);
    client.destroy();
  });

  it("a client error answer (401) is not retried", async () => {
    const client = newClient();
    portal.revokeToken(TOKEN);
    const error = failed(await settle(client, OPERATIONS.ListAccounts()));
    expect(error).toMatchObject({
      name: "UnauthorizedException",
      $fault: "client",
      $metadata: { httpStatusCode: 401, attempts: 1 },
    });
    expect(portal.stats.requests).toBe(1);
    client.destroy();
  });
});

// ---- 429 -----------------------------------------------------------------------------------------
describe("429 throttling", () => {
  it("throttling that outlasts maxAttempts is a TooManyRequestsException after 3 attempts, with backoff", async () => {
    const client = newClient();
    portal.setFaults({ throttle: { requestsPerSecond: 0.001, burst: 0 } });
    const error = failed(await settle(client, OPERATIONS.GetRoleCredentials()));
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect(error).toMatchObject({
      $fault: "client",
      message: "Rate exceeded",
      $metadata: { httpStatusCode: 429, attempts: 3 },
    });
    expect(error.$metadata.totalRetryDelay).toBeGreaterThan(0);
    expectNumberedAttempts(portal.requestLog, 3);
    client.destroy();
  });

  it("a throttled crowd: every call succeeds or is a TooManyRequestsException, none over 3 attempts", async () => {
    const client = newClient();
    portal.setFaults({ throttle: { requestsPerSecond: 40, burst: 10 } });
    const results = await runAll(60, 30, () => settle(client, OPERATIONS.ListAccounts()));
    for (const result of results) {
      if (result.ok) expect(result.output.$metadata.attempts).toBeLessThanOrEqual(3);
      else expect(result.error).toBeInstanceOf(TooManyRequestsException);
    }
    expect(portal.stats.faults.throttle).toBeGreaterThan(0);
    const attempts = results.reduce(
      (sum, r) => sum + (r.ok ? r.output.$metadata.attempts : r.error.$metadata.attempts),
      0,
    );
    expect(portal.stats.requests).toBe(attempts);
    expectNumberedAttempts(portal.requestLog, 3);
    client.destroy();
  });
});

// ---- resets, truncation ----------------------------------------------------------------------------
describe("connections reset before or during the answer", () => {
  it("a reset before any answer: a TimeoutError (ECONNRESET) after 3 attempts, no status", async () => {
    const client = newClient();
    portal.setFaults({ resetRate: 1 });
    const error = failed(await settle(client, OPERATIONS.ListAccountRoles()));
    expect(error).toMatchObject({ name: "TimeoutError", code: "ECONNRESET", $metadata: { attempts: 3 } });
    expect(error.$metadata.httpStatusCode).toBeUndefined();
    expect(portal.stats.faults.reset).toBe(3);
    client.destroy();
  });

  it("a body cut short mid-answer: a deserialization error with the status, after 3 attempts", async () => {
    const client = newClient();
    portal.setFaults({ truncateRate: 1 });
    const error = failed(await settle(client, OPERATIONS.GetRoleCredentials()));
    expect(error.message).toMatch(/^aborted\n {2}Deserialization error/);
    expect(error).toMatchObject({ code: "ECONNRESET", $metadata: { httpStatusCode: 200, attempts: 3 } });
    expect(error.$metadata.requestId).toBeDefined();
    expect(portal.stats.faults.truncate).toBe(3);
    client.destroy();
  });

  it.each([
    ["resets", { resetRate: 1 }],
    ["truncated bodies", { truncateRate: 1 }],
  ] as const)("a burst of 2 %s is ridden out", async (_label, faults) => {
    const client = newClient();
    burst(2, faults);
    const settled = await settle(client, OPERATIONS.ListAccounts());
    expect(settled).toMatchObject({ ok: true, output: { $metadata: { httpStatusCode: 200, attempts: 3 } } });
    client.destroy();
  });
});

// ---- slow answers, aborts --------------------------------------------------------------------------
describe("answers slower than requestTimeout", () => {
  // @smithy/node-http-handler (and so the reference client) only warns when requestTimeout passes,
  // unless throwOnRequestTimeout is set; socketTimeout (idle socket) always fails the attempt.
  it.each([
    [
      "requestTimeout with throwOnRequestTimeout",
      { requestHandler: { requestTimeout: 100, throwOnRequestTimeout: true } },
      {},
    ],
    ["a per-call requestTimeout", { requestHandler: { throwOnRequestTimeout: true } }, { requestTimeout: 100 }],
    ["socketTimeout", { requestHandler: { socketTimeout: 100 } }, {}],
  ] as const)("%s: a TimeoutError after maxAttempts, then the client works again", async (_label, config, options) => {
    const client = newClient({ maxAttempts: 2, ...config });
    portal.setFaults({ latency: 400 });
    const error = failed(await settle(client, OPERATIONS.ListAccounts(), options));
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toMatch(/100 ms/);
    expect(error.$metadata).toMatchObject({ attempts: 2 });
    portal.setFaults({ latency: undefined });
    expect(await settle(client, OPERATIONS.ListAccounts())).toMatchObject({ ok: true });
    await portalAnswered(3);
    client.destroy();
  });

  it("an abort mid-flight is an AbortError, not retried", async () => {
    const client = newClient();
    portal.setFaults({ latency: 400 });
    const controller = new AbortController();
    // Abort once the portal (in this process) holds the request, whatever the machine's load.
    const arrived = () => setTimeout(() => controller.abort(), 5);
    subscribe("http.server.request.start", arrived);
    const error = failed(await settle(client, OPERATIONS.ListAccounts(), { abortSignal: controller.signal }));
    unsubscribe("http.server.request.start", arrived);
    expect(error.name).toBe("AbortError");
    expect(error.$metadata).toMatchObject({ attempts: 1 });
    await portalAnswered(1);
    client.destroy();
  });
});

describe("an abort while waiting to retry", () => {
  // The retry middleware (@smithy/core, as in the reference client) races its backoff against the
  // signal: the call rejects at once with an AbortError (without $metadata, as the reference's) and
  // the retry is never sent.
  it("rejects at once, and nothing more reaches the portal", async () => {
    const client = newClient({ maxAttempts: 5 });
    const controller = new AbortController();
    portal.setFaults({ throttle: { requestsPerSecond: 0.001, burst: 0 } });
    onRequest = () => setTimeout(() => controller.abort(), 5);
    const error = (await client.send(OPERATIONS.ListAccounts(), { abortSignal: controller.signal }).then(
      () => expect.unreachable("the call was aborted"),
      (e: unknown) => e,
    )) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AbortError");
    expect(error.message).toBe("Request aborted");
    const seen = portal.stats.requests;
    expect(seen).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(portal.stats.requests).toBe(seen);
    client.destroy();
  });
});

// ---- big and strange bodies --------------------------------------------------------------------------
describe("a 10 MB body", () => {
  const bigFixture = (): PortalFixture => {
    const fixture = generateFixture({ accounts: 100, rolesPerAccount: 1 });
    // 100 accounts of ~100 KiB each: one page of 100 is a ~10 MB answer.
    fixture.accounts = fixture.accounts.map((account, i) => ({
      ...account,
      accountName: `${i}:`.padEnd(100 * 1024, "é€x"),
    }));
    return fixture;
  };

  it("is read whole, and survives being cut short", async () => {
    const big = await createLocalPortal({ fixtures: bigFixture() });
    const client = new SSOClient({ region: "us-east-1", endpoint: big.endpoint, maxAttempts: 3 });
    try {
      const settled = await settle(client, new ListAccountsCommand({ accessToken: TOKEN, maxResults: 100 }));
      if (!settled.ok) throw settled.error;
      const { accountList } = settled.output as unknown as { accountList: { accountName: string }[] };
      expect(accountList).toHaveLength(100);
      expect(accountList[99].accountName).toBe(bigFixture().accounts[99].accountName);
      expect(Buffer.byteLength(JSON.stringify(accountList))).toBeGreaterThan(10_000_000);

      big.setFaults({ truncateRate: 1 });
      const error = failed(await settle(client, new ListAccountsCommand({ accessToken: TOKEN, maxResults: 100 })));
      expect(error.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3 });
    } finally {
      client.destroy();
      await big.close();
    }
  });

  it("a 10 MB HTML error page is a typed error carrying the status", async () => {
    const server = await startScriptedServer();
    const client = new SSOClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 2 });
    try {
      const page = `<html><body>${"<p>gateway error</p>".repeat(520_000)}</body></html>`;
      server.script([
        (_request, res) => {
          res.writeHead(502, { "content-type": "text/html" });
          res.end(page);
        },
      ]);
      const error = failed(await settle(client, new ListAccountsCommand({ accessToken: TOKEN })));
      expect(error).toBeInstanceOf(SSOServiceException);
      expect(error).toMatchObject({
        name: "Unknown",
        $fault: "server",
        $metadata: { httpStatusCode: 502, attempts: 2 },
      });
      expect(error.message.length).toBeLessThan(100);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});

describe("wrong content types", () => {
  it.each(["ListAccounts", "ListAccountRoles", "GetRoleCredentials"] as const)(
    "%s: an HTML page in a 200 is a SyntaxError with $metadata, not retried",
    async (operation) => {
      const client = newClient();
      portal.setFaults({ garbageRate: 1 });
      const error = failed(await settle(client, OPERATIONS[operation]()));
      expect(error).toBeInstanceOf(SyntaxError);
      expect(error.message).toMatch(/Deserialization error/);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
      expect((error as unknown as { $response: { statusCode: number } }).$response.statusCode).toBe(200);
      client.destroy();
    },
  );

  it("Logout reads no output: an HTML 200 is still a successful logout", async () => {
    const client = newClient();
    portal.setFaults({ garbageRate: 1 });
    expect(await settle(client, OPERATIONS.Logout())).toMatchObject({
      ok: true,
      output: { $metadata: { httpStatusCode: 200 } },
    });
    client.destroy();
  });

  it.each(["text/plain", "application/octet-stream", "text/html; charset=iso-8859-1"])(
    "JSON labelled %s is read as JSON (the content type is not checked, as in the SDK)",
    async (contentType) => {
      const server = await startScriptedServer();
      const client = new SSOClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
      try {
        server.script([reply(200, { accountList: [{ accountId: ACCOUNT }] }, { "content-type": contentType })]);
        const settled = await settle(client, new ListAccountsCommand({ accessToken: TOKEN }));
        expect(settled).toMatchObject({ ok: true, output: { accountList: [{ accountId: ACCOUNT }] } });
      } finally {
        client.destroy();
        await server.close();
      }
    },
  );
});

// ---- everything at once ------------------------------------------------------------------------------
describe("all faults at once", () => {
  it("600 calls at concurrency 30 over every operation: each settles as output or a typed error", async () => {
    const client = newClient();
    portal.setFaults({
      failureRate: 0.1,
      failureStatuses: [500, 502, 503, 504],
      resetRate: 0.05,
      truncateRate: 0.05,
      garbageRate: 0.03,
      latency: { min: 0, max: 5 },
      throttle: { requestsPerSecond: 2000, burst: 40 },
    });
    const results = await runAll(600, 30, (i) => settle(client, OPERATIONS[OPERATION_NAMES[i % 4]]()));
    let attempts = 0;
    for (const result of results) {
      if (result.ok) {
        expect(result.output.$metadata).toMatchObject({ httpStatusCode: 200 });
        attempts += result.output.$metadata.attempts;
      } else {
        attempts += result.error.$metadata.attempts;
      }
    }
    // Every attempt reached the portal, but for those sent on a kept-alive socket the portal had
    // just dropped after a complete answer (a "truncated" empty Logout body): at most one per drop.
    const { truncate = 0 } = portal.stats.faults;
    expect(portal.stats.requests).toBeLessThanOrEqual(attempts);
    expect(attempts - portal.stats.requests).toBeLessThanOrEqual(truncate);
    expectNumberedAttempts(portal.requestLog, 3, { gaps: true });
    const faults = Object.values(portal.stats.faults).reduce((sum, n) => sum + n, 0);
    expect(faults).toBeGreaterThan(50);
    console.log(
      `chaos: ${results.filter((r) => r.ok).length} of 600 calls succeeded, ${faults} faults injected over ${attempts} attempts`,
      portal.stats.faults,
    );
    client.destroy();
  });
});
