import http from "node:http";

import { NodeHttpHandler } from "@smithy/node-http-handler";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, SSOClient } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const harness = pipelineHarness();
const { clientFor } = harness;
const listAccounts = (client: SSOClient, abortSignal?: AbortSignal) =>
  client.send(new ListAccountsCommand({ accessToken: "token" }), { abortSignal });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the call should have failed"),
    (error: unknown) => error as Error & { $metadata?: { attempts?: number }; code?: string },
  );

/** Resolves once the harness.portal has seen `count` requests. */
const requestsSeen = async (count: number) => {
  while (harness.portal.requests.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
};

/** An agent whose name lookups never answer: connecting stalls without touching any network. */
const stalledConnectionAgent = () => new http.Agent({ lookup: () => undefined });

describe("send(command, { abortSignal })", () => {
  it("aborting cancels the request in flight and rejects with an AbortError", async () => {
    harness.portal.queue({ hang: true });
    const controller = new AbortController();
    const call = failure(listAccounts(clientFor(), controller.signal));
    await requestsSeen(1);
    controller.abort();
    const error = await call;
    expect(error.name).toBe("AbortError");
    expect(error.$metadata?.attempts).toBe(1);
    expect(harness.portal.requests).toHaveLength(1);
  });

  it("aborting during the backoff before a retry cancels the retry", async () => {
    // Retry-After holds the retry back a second: time enough to abort.
    harness.portal.queue({ status: 429, errorType: "TooManyRequestsException", headers: { "retry-after": "1" } });
    const controller = new AbortController();
    const call = failure(listAccounts(clientFor(), controller.signal));
    await requestsSeen(1);
    controller.abort();
    const error = await call;
    expect(error.name).toBe("AbortError");
    // Give a cancelled retry every chance to show up (it was due after a second); none does.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(harness.portal.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const error = await failure(listAccounts(clientFor(), AbortSignal.abort()));
    expect(error.name).toBe("AbortError");
    expect(harness.portal.requests).toHaveLength(0);
  });

  it("keeps the abort reason as the error's cause", async () => {
    harness.portal.queue({ hang: true });
    const controller = new AbortController();
    const call = failure(listAccounts(clientFor(), controller.signal));
    await requestsSeen(1);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    const error = await call;
    expect(error.name).toBe("AbortError");
    expect(error.cause).toBe(reason);
  });
});

describe("timeouts", () => {
  it("requestHandler shorthand { requestTimeout, throwOnRequestTimeout }: a TimeoutError, retried as transient", async () => {
    harness.portal.queue({ hang: true });
    const client = clientFor({ requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true } });
    const output = await listAccounts(client);
    expect(output.$metadata.attempts).toBe(2);
    expect(harness.portal.requests).toHaveLength(2);
  });

  it("a request timeout on every attempt surfaces as a TimeoutError after all attempts", async () => {
    harness.portal.queue({ hang: true }, { hang: true });
    const client = clientFor({ maxAttempts: 2, requestHandler: { requestTimeout: 150, throwOnRequestTimeout: true } });
    const error = await failure(listAccounts(client));
    expect(error.name).toBe("TimeoutError");
    expect(error.code).toBe("ETIMEDOUT");
    expect(error.$metadata?.attempts).toBe(2);
  });

  it("requestHandler shorthand { requestTimeout } alone: a TimeoutError, retried (the original only warns)", async () => {
    harness.portal.queue({ hang: true });
    const output = await listAccounts(clientFor({ requestHandler: { requestTimeout: 150 } }));
    expect(output.$metadata.attempts).toBe(2);
    expect(harness.portal.requests).toHaveLength(2);
  });

  it("throwOnRequestTimeout: false keeps the handler's warning: the late answer is still taken", async () => {
    harness.portal.queue({ delayMs: 400 });
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (line: string) => warnings.push(line), error() {} };
    const output = await listAccounts(
      clientFor({ requestHandler: { requestTimeout: 100, throwOnRequestTimeout: false, logger } }),
    );
    expect(output.$metadata.attempts).toBe(1);
    expect(warnings.join("\n")).toMatch(/requestTimeout/);
  });

  it("a NodeHttpHandler instance with socketTimeout: a TimeoutError on an idle socket, retried", async () => {
    harness.portal.queue({ hang: true }, { hang: true }, { hang: true });
    const client = clientFor({ requestHandler: new NodeHttpHandler({ socketTimeout: 150 }) });
    const error = await failure(listAccounts(client));
    expect(error.name).toBe("TimeoutError");
    expect(error.$metadata?.attempts).toBe(3);
    expect(harness.portal.requests).toHaveLength(3);
  });

  it("connectionTimeout: a connection that is never made is a TimeoutError, retried", async () => {
    const agent = stalledConnectionAgent();
    const client = clientFor({
      endpoint: "http://harness.portal.invalid:8080",
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 150, httpAgent: agent },
    });
    const error = await failure(listAccounts(client));
    agent.destroy();
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toMatch(/did not establish a connection/);
    expect(error.$metadata?.attempts).toBe(2);
  });

  it("a per-call requestTimeout in the send options overrides the handler's", async () => {
    harness.portal.queue({ hang: true });
    const client = clientFor({ maxAttempts: 1, requestHandler: new NodeHttpHandler({ throwOnRequestTimeout: true }) });
    const error = await failure(
      client.send(new ListAccountsCommand({ accessToken: "token" }), { requestTimeout: 150 }),
    );
    expect(error.name).toBe("TimeoutError");
  });
});
