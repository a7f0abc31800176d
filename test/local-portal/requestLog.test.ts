import { afterEach, describe, expect, it } from "vitest";
import {
  type LocalPortal,
  type LocalPortalOptions,
  type RequestLogEntry,
  createLocalPortal,
} from "../../src/local-portal/index.js";
import { ALICE, DEV_ACCOUNT, UUID, call } from "./helpers.js";

let portal: LocalPortal | undefined;
async function start(options: LocalPortalOptions = {}): Promise<LocalPortal> {
  portal = await createLocalPortal(options);
  return portal;
}
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

describe("request log", () => {
  it("records each request with its operation, query, headers, token and answer", async () => {
    const p = await start();
    const before = Date.now();
    const response = await call(p.endpoint, `/assignment/roles?account_id=${DEV_ACCOUNT}&max_result=5`, {
      token: ALICE,
      headers: { "x-amz-user-agent": "test-agent" },
    });
    await call(p.endpoint, "/assignment/accounts", { token: "bad" });
    const [first, second] = p.requestLog;
    expect(first).toMatchObject({
      method: "GET",
      path: "/assignment/roles",
      query: { account_id: DEV_ACCOUNT, max_result: "5" },
      accessToken: ALICE,
      operation: "ListAccountRoles",
      status: 200,
      requestId: response.headers["x-amzn-requestid"],
    });
    expect(first.requestId).toMatch(UUID);
    expect(first.headers["x-amz-user-agent"]).toBe("test-agent");
    expect(first.time).toBeGreaterThanOrEqual(before);
    expect(first.durationMs).toBeGreaterThanOrEqual(0);
    expect(first.errorType).toBeUndefined();
    expect(second).toMatchObject({ operation: "ListAccounts", status: 401, errorType: "UnauthorizedException" });
  });

  it("returns a copy, and clears on request", async () => {
    const p = await start();
    await call(p.endpoint, "/assignment/accounts", { token: ALICE });
    const log = p.requestLog;
    log.length = 0;
    expect(p.requestLog).toHaveLength(1);
    p.clearRequestLog();
    expect(p.requestLog).toHaveLength(0);
    expect(p.stats.requests).toBe(1);
  });

  it("keeps only the last requestLogLimit entries while stats count everything", async () => {
    const p = await start({ requestLogLimit: 3 });
    for (let i = 1; i <= 8; i++) await call(p.endpoint, `/assignment/accounts?max_result=${i}`, { token: ALICE });
    expect(p.requestLog.map((e) => e.query.max_result)).toEqual(["6", "7", "8"]);
    expect(p.stats).toEqual({ requests: 8, byStatus: { 200: 8 }, byOperation: { ListAccounts: 8 }, faults: {} });
  });

  it("can be turned off with a limit of 0", async () => {
    const p = await start({ requestLogLimit: 0 });
    await call(p.endpoint, "/assignment/accounts", { token: ALICE });
    expect(p.requestLog).toEqual([]);
    expect(p.stats.requests).toBe(1);
  });

  it("calls onRequest after each answer", async () => {
    const seen: RequestLogEntry[] = [];
    const p = await start({ onRequest: (entry) => seen.push(entry) });
    await call(p.endpoint, "/logout", { method: "POST", token: ALICE });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ operation: "Logout", status: 200, method: "POST" });
  });
});
