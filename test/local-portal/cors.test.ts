import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, type LocalPortalOptions, createLocalPortal } from "../../src/local-portal/index.js";
import { ALICE, UUID, call } from "./helpers.js";

let portal: LocalPortal | undefined;
async function start(options: LocalPortalOptions): Promise<LocalPortal> {
  portal = await createLocalPortal(options);
  return portal;
}
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

const PAGE = "http://localhost:5173";
const preflight = (p: LocalPortal, requestHeaders?: string) =>
  call(p.endpoint, "/federation/credentials?account_id=1&role_name=r", {
    method: "OPTIONS",
    headers: {
      origin: PAGE,
      "access-control-request-method": "GET",
      ...(requestHeaders ? { "access-control-request-headers": requestHeaders } : {}),
    },
  });

describe("CORS", () => {
  it("answers preflights, echoing the origin and the requested headers", async () => {
    const p = await start({ cors: true });
    const requested = "x-amz-sso_bearer_token,amz-sdk-invocation-id,amz-sdk-request,x-amz-user-agent";
    const response = await preflight(p, requested);
    expect(response.status).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(PAGE);
    expect(response.headers["access-control-allow-methods"]).toBe("GET, POST, OPTIONS");
    expect(response.headers["access-control-allow-headers"]).toBe(requested);
    expect(response.headers["x-amzn-requestid"]).toMatch(UUID);
    expect(p.requestLog[0]).toMatchObject({ method: "OPTIONS", status: 204, operation: undefined });
  });

  it("allows the SDK's headers when a preflight names none", async () => {
    const p = await start({ cors: true });
    const allowed = (await preflight(p)).headers["access-control-allow-headers"]!;
    for (const header of [
      "x-amz-sso_bearer_token",
      "amz-sdk-invocation-id",
      "amz-sdk-request",
      "x-amz-user-agent",
      "content-type",
    ]) {
      expect(allowed).toContain(header);
    }
  });

  it("preflights skip faults", async () => {
    const p = await start({ cors: true, failureRate: 1, throttle: 1 });
    expect((await preflight(p)).status).toBe(204);
    expect((await preflight(p)).status).toBe(204);
  });

  it("adds allow-origin and exposes the request id and error type on answers", async () => {
    const p = await start({ cors: true });
    for (const token of [ALICE, "bad"]) {
      const response = await call(p.endpoint, "/assignment/accounts", { token, headers: { origin: PAGE } });
      expect(response.headers["access-control-allow-origin"]).toBe(PAGE);
      const exposed = response.headers["access-control-expose-headers"];
      for (const header of ["x-amzn-requestid", "x-amzn-errortype", "x-amz-id-2", "x-amz-cf-id", "date"]) {
        expect(exposed).toContain(header);
      }
    }
  });

  it("uses * when a request has no origin", async () => {
    const p = await start({ cors: true });
    const response = await call(p.endpoint, "/assignment/accounts", { token: ALICE });
    expect(response.headers["access-control-allow-origin"]).toBe("*");
  });

  it("only allows listed origins when given a list", async () => {
    const p = await start({ cors: { allowOrigins: [PAGE] } });
    expect((await preflight(p)).headers["access-control-allow-origin"]).toBe(PAGE);
    const other = await call(p.endpoint, "/assignment/accounts", {
      token: ALICE,
      headers: { origin: "https://evil.example" },
    });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("is off by default: no CORS headers, OPTIONS is a method the path does not allow", async () => {
    const p = await start({});
    const response = await preflight(p);
    expect(response.status).toBe(405);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
