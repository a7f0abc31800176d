import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, type LocalPortalOptions, createLocalPortal } from "../../src/local-portal/index.js";
import { ALICE, call, errorCode } from "./helpers.js";

let portal: LocalPortal | undefined;
async function start(options: LocalPortalOptions): Promise<LocalPortal> {
  portal = await createLocalPortal(options);
  return portal;
}
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

const accounts = (p: LocalPortal) => call(p.endpoint, "/assignment/accounts", { token: ALICE });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("throttling", () => {
  it("answers 429 TooManyRequestsException over the rate, then recovers", async () => {
    const p = await start({ throttle: 5 });
    const responses = await Promise.all(Array.from({ length: 15 }, () => accounts(p)));
    const ok = responses.filter((r) => r.status === 200).length;
    const throttled = responses.filter((r) => r.status === 429);
    // 5 from the burst, plus at most a few refilled while the requests were arriving.
    expect(ok).toBeGreaterThanOrEqual(5);
    expect(ok).toBeLessThanOrEqual(10);
    expect(throttled.length).toBe(15 - ok);
    expect(errorCode(throttled[0])).toBe("TooManyRequestsException");
    expect(throttled[0].json).toEqual({ message: "Rate exceeded" });
    expect(throttled[0].headers["retry-after"]).toBeUndefined();
    expect(p.stats.faults.throttle).toBe(throttled.length);
    await sleep(1100);
    expect((await accounts(p)).status).toBe(200);
  });

  it("allows a separate burst size", async () => {
    const p = await start({ throttle: { requestsPerSecond: 1, burst: 3 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await accounts(p)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("can be switched on and off at run time", async () => {
    const p = await start({});
    p.setFaults({ throttle: 1 });
    expect((await accounts(p)).status).toBe(200);
    expect((await accounts(p)).status).toBe(429);
    p.setFaults({ throttle: undefined });
    expect((await accounts(p)).status).toBe(200);
  });
});

describe("failures", () => {
  it("failureRate 1 answers every request 500 or 503", async () => {
    const p = await start({ failureRate: 1 });
    const responses = await Promise.all(Array.from({ length: 40 }, () => accounts(p)));
    const statuses = new Set(responses.map((r) => r.status));
    expect(statuses).toEqual(new Set([500, 503]));
    const internal = responses.find((r) => r.status === 500)!;
    const unavailable = responses.find((r) => r.status === 503)!;
    expect(errorCode(internal)).toBe("InternalFailure");
    expect(errorCode(unavailable)).toBe("ServiceUnavailable");
    expect(internal.json.message).toBeTypeOf("string");
    expect(p.stats.faults.failure).toBe(40);
  });

  it("uses failureStatuses and a deterministic random source", async () => {
    const p = await start({ failureRate: 0.5, failureStatuses: [503], random: () => 0.25 });
    expect((await accounts(p)).status).toBe(503);
    p.setFaults({ failureRate: 0.2 });
    expect((await accounts(p)).status).toBe(200);
  });

  it("rejects out-of-range knobs", async () => {
    await expect(createLocalPortal({ failureRate: 1.5 })).rejects.toThrow(/failureRate/);
    await expect(createLocalPortal({ failureStatuses: [404] })).rejects.toThrow(/5xx/);
    const p = await start({});
    expect(() => p.setFaults({ resetRate: -1 })).toThrow(/resetRate/);
  });
});

describe("latency", () => {
  it("delays every answer by at least the latency", async () => {
    const p = await start({ latency: 150 });
    const started = performance.now();
    const [ok, error] = await Promise.all([accounts(p), call(p.endpoint, "/assignment/accounts")]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(ok.status).toBe(200);
    expect(error.status).toBe(401);
    expect(p.requestLog.every((entry) => entry.durationMs >= 140)).toBe(true);
  });

  it("picks a delay within a range", async () => {
    const p = await start({ latency: { min: 50, max: 100 } });
    await accounts(p);
    const { durationMs } = p.requestLog[0];
    expect(durationMs).toBeGreaterThanOrEqual(45);
    expect(durationMs).toBeLessThan(1000);
  });
});

describe("connection faults", () => {
  it("resetRate 1 resets the connection instead of answering", async () => {
    const p = await start({ resetRate: 1 });
    await expect(accounts(p)).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|ECONNABORTED|EPIPE/) });
    expect(p.requestLog[0]).toMatchObject({ status: 0, fault: "reset", operation: "ListAccounts" });
    expect(p.stats.byStatus[0]).toBe(1);
  });

  it("truncateRate 1 cuts the body off and drops the connection", async () => {
    const p = await start({ truncateRate: 1 });
    await expect(accounts(p)).rejects.toThrow();
    expect(p.requestLog[0]).toMatchObject({ status: 200, fault: "truncate" });
  });

  it("garbageRate 1 answers 200 with a body that is not JSON", async () => {
    const p = await start({ garbageRate: 1 });
    const response = await accounts(p);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(() => JSON.parse(response.text)).toThrow();
  });
});

describe("reset()", () => {
  it("restores the fixture tokens and initial faults, and clears log and stats", async () => {
    const p = await start({ throttle: 100 });
    await call(p.endpoint, "/logout", { method: "POST", token: ALICE });
    expect((await accounts(p)).status).toBe(401);
    p.setFaults({ failureRate: 1 });
    expect([500, 503]).toContain((await accounts(p)).status);
    p.reset();
    expect(p.requestLog).toEqual([]);
    expect(p.stats.requests).toBe(0);
    expect((await accounts(p)).status).toBe(200);
  });
});
