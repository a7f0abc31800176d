import type { RetryStrategyV2, RetryToken } from "@smithy/types";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, SSOClient } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const TOKEN = "retry-test-access-token";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const harness = pipelineHarness();
const { clientFor } = harness;
const listAccounts = (client: SSOClient) => client.send(new ListAccountsCommand({ accessToken: TOKEN }));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the call should have failed"),
    (error: unknown) =>
      error as Error & {
        $metadata: { attempts?: number; totalRetryDelay?: number; httpStatusCode?: number };
        code?: string;
      },
  );

/** A user's own strategy: retries any error, with a fixed delay, up to `maxAttempts`. */
const retryEverything = (maxAttempts: number, delay: number): RetryStrategyV2 => {
  const token = (retries: number): RetryToken => ({ getRetryCount: () => retries, getRetryDelay: () => delay });
  return {
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (previous, { error }) => {
      if (previous.getRetryCount() + 1 >= maxAttempts) throw error;
      return token(previous.getRetryCount() + 1);
    },
    recordSuccess: () => {},
  };
};

describe("retried failures", () => {
  it.each([500, 502, 503, 504])("retries a %i and succeeds on the next attempt", async (status) => {
    harness.portal.queue({ status, errorType: "InternalServerException" });
    const output = await listAccounts(clientFor());
    expect(output.accountList).toHaveLength(1);
    expect(output.$metadata.attempts).toBe(2);
    expect(harness.portal.requests).toHaveLength(2);
  });

  it("gives up after three attempts by default, reporting them in $metadata", async () => {
    harness.portal.queue(...[1, 2, 3].map(() => ({ status: 503, errorType: "ServiceUnavailable" })));
    const error = await failure(listAccounts(clientFor()));
    expect(error.$metadata.httpStatusCode).toBe(503);
    expect(error.$metadata.attempts).toBe(3);
    expect(harness.portal.requests).toHaveLength(3);
  });

  it("retries a 429 and a TooManyRequestsException as throttling, waiting the reported delay between attempts", async () => {
    harness.portal.queue(
      { status: 429, errorType: "TooManyRequestsException" },
      { status: 400, errorType: "TooManyRequestsException" },
    );
    const output = await listAccounts(clientFor());
    expect(output.$metadata.attempts).toBe(3);
    // Throttling backs off from a 1 s base with jitter: zero only on a one-in-a-thousand draw, twice.
    const delay = output.$metadata.totalRetryDelay!;
    expect(delay).toBeGreaterThan(0);
    const [first, , third] = harness.portal.requests;
    // The wait really happened: the server saw the attempts at least that far apart (timer slack 2 ms).
    expect(third.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(delay - 2);
  });

  it("waits as long as the service's Retry-After asks before retrying", async () => {
    harness.portal.queue({ status: 503, errorType: "ServiceUnavailable", headers: { "retry-after": "1" } });
    const output = await listAccounts(clientFor());
    expect(output.$metadata.attempts).toBe(2);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(900);
    const [first, second] = harness.portal.requests;
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(900);
  });

  it("retries a connection reset (socket hang up / ECONNRESET)", async () => {
    harness.portal.queue({ reset: true });
    const output = await listAccounts(clientFor());
    expect(output.$metadata.attempts).toBe(2);
  });

  it("surfaces the network error once the attempts run out", async () => {
    harness.portal.queue({ reset: true }, { reset: true }, { reset: true });
    const error = await failure(listAccounts(clientFor()));
    expect(error.code).toBe("ECONNRESET");
    expect(error.message).toMatch(/socket hang up/);
    expect(error.$metadata.attempts).toBe(3);
  });
});

describe("failures that are not retried", () => {
  it.each([
    [400, "InvalidRequestException"],
    [401, "UnauthorizedException"],
    [403, "UnauthorizedException"],
    [404, "ResourceNotFoundException"],
  ])("a %i (%s) fails at once", async (status, errorType) => {
    harness.portal.queue({ status, errorType });
    const error = await failure(listAccounts(clientFor()));
    expect(error.name).toBe(errorType);
    expect(error.$metadata.attempts).toBe(1);
    expect(error.$metadata.totalRetryDelay).toBe(0);
    expect(harness.portal.requests).toHaveLength(1);
  });
});

describe("retry headers", () => {
  it("sends one amz-sdk-invocation-id for all attempts of a call, and a new one per call", async () => {
    const client = clientFor();
    harness.portal.queue({ status: 500 }, { status: 500 });
    await listAccounts(client);
    await listAccounts(client);
    const ids = harness.portal.requests.map((request) => request.headers["amz-sdk-invocation-id"]);
    expect(ids[0]).toMatch(UUID);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[3]).toMatch(UUID);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it("numbers the attempts in amz-sdk-request: attempt=N; max=M", async () => {
    harness.portal.queue({ status: 500 }, { status: 500 });
    await listAccounts(clientFor());
    expect(harness.portal.requests.map((request) => request.headers["amz-sdk-request"])).toEqual([
      "attempt=1; max=3",
      "attempt=2; max=3",
      "attempt=3; max=3",
    ]);
  });
});

describe("maxAttempts, retryMode and retryStrategy", () => {
  it("maxAttempts: 1 turns retries off", async () => {
    harness.portal.queue({ status: 500 });
    const error = await failure(listAccounts(clientFor({ maxAttempts: 1 })));
    expect(error.$metadata.attempts).toBe(1);
    expect(harness.portal.requests[0].headers["amz-sdk-request"]).toBe("attempt=1; max=1");
  });

  it("maxAttempts: 5 allows five attempts", async () => {
    harness.portal.queue(...[1, 2, 3, 4].map(() => ({ status: 502 })));
    const output = await listAccounts(clientFor({ maxAttempts: 5 }));
    expect(output.$metadata.attempts).toBe(5);
    expect(harness.portal.requests.at(-1)!.headers["amz-sdk-request"]).toBe("attempt=5; max=5");
  });

  it("standard mode by default; adaptive mode rate-limits on the client and still retries throttling", async () => {
    const standard = clientFor();
    expect(await standard.config.retryStrategy()).toMatchObject({ mode: "standard" });
    const adaptive = clientFor({ retryMode: "adaptive" });
    expect(await adaptive.config.retryStrategy()).toMatchObject({ mode: "adaptive" });
    harness.portal.queue({ status: 429, errorType: "TooManyRequestsException" });
    const output = await listAccounts(adaptive);
    expect(output.$metadata.attempts).toBe(2);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });

  it("uses a custom retryStrategy as given, even for errors the default would not retry", async () => {
    const client = clientFor({ retryStrategy: retryEverything(4, 5) });
    harness.portal.queue({ status: 400, errorType: "InvalidRequestException" }, { status: 500 }, { status: 401 });
    const output = await listAccounts(client);
    expect(output.$metadata.attempts).toBe(4);
    // A fixed 5 ms backoff, three times.
    expect(output.$metadata.totalRetryDelay).toBe(15);
  });

  it("stops retrying once the client's retry quota is spent, and retries again after successes refill it", async () => {
    const client = clientFor();
    let calls = 0;
    let lastAttempts = 0;
    // Each retried 500 costs quota; a client starts with room for a few dozen retries.
    while (calls < 60) {
      calls += 1;
      harness.portal.queue({ status: 500 }, { status: 500 }, { status: 500 });
      const error = await failure(listAccounts(client));
      lastAttempts = error.$metadata.attempts!;
      harness.portal.reset();
      if (lastAttempts === 1) break;
    }
    expect(lastAttempts).toBe(1);
    expect(calls).toBeGreaterThan(5);
    // Each success without a retry gives a little quota back; a retry costs 14 at most.
    for (let i = 0; i < 14; i += 1) await listAccounts(client);
    harness.portal.queue({ status: 500 });
    expect((await listAccounts(client)).$metadata.attempts).toBe(2);
  });
});
