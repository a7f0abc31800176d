import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../src/local-portal/index.js";
import { ALICE, ALICE_EXPIRED, AUDIT_ACCOUNT, DEV_ACCOUNT, PROD_ACCOUNT, UUID, call, errorCode } from "./helpers.js";

const CORAL_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/";
const PATHS = [
  "/assignment/accounts",
  `/assignment/roles?account_id=${DEV_ACCOUNT}`,
  `/federation/credentials?account_id=${DEV_ACCOUNT}&role_name=ReadOnlyAccess`,
];

describe("errors", () => {
  let portal: LocalPortal;
  let now = Date.now();
  beforeAll(async () => {
    portal = await createLocalPortal({ clock: () => now });
  });
  afterAll(() => portal.close());

  it("sends the error type header, a JSON message and a request id", async () => {
    const response = await call(portal.endpoint, "/assignment/accounts", { token: "nope" });
    expect(response.status).toBe(401);
    expect(response.headers["x-amzn-errortype"]).toBe(`UnauthorizedException${CORAL_SUFFIX}`);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["x-amzn-requestid"]).toMatch(UUID);
    expect(response.json).toEqual({ message: "Session token not found or invalid" });
  });

  it.each(PATHS)("401 UnauthorizedException without a token: %s", async (target) => {
    const response = await call(portal.endpoint, target);
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe("UnauthorizedException");
  });

  it("401 for Logout with an unknown token", async () => {
    const response = await call(portal.endpoint, "/logout", { method: "POST", token: "unknown" });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe("UnauthorizedException");
  });

  it("401 for an expired fixture token", async () => {
    const response = await call(portal.endpoint, "/assignment/accounts", { token: ALICE_EXPIRED });
    expect(response.status).toBe(401);
  });

  it("an issued token works until its expiresAt, judged by the portal's clock", async () => {
    const token = portal.issueToken("bob", { token: "bob-short", expiresAt: now + 1000 });
    expect(token).toBe("bob-short");
    expect((await call(portal.endpoint, "/assignment/accounts", { token })).status).toBe(200);
    now += 1000;
    expect((await call(portal.endpoint, "/assignment/accounts", { token })).status).toBe(401);
  });

  it("issueToken refuses users missing from the fixture", () => {
    expect(() => portal.issueToken("mallory")).toThrow(/no user mallory/);
  });

  it("revokeToken invalidates like Logout", async () => {
    const token = portal.issueToken("alice");
    expect(portal.revokeToken(token)).toBe(true);
    expect((await call(portal.endpoint, "/assignment/accounts", { token })).status).toBe(401);
    expect(portal.revokeToken(token)).toBe(false);
  });

  it.each(["0", "101", "abc", "-1", "1.5", "", "1e2"])(
    "400 InvalidRequestException for max_result=%s",
    async (value) => {
      for (const target of [
        `/assignment/accounts?max_result=${value}`,
        `/assignment/roles?account_id=${DEV_ACCOUNT}&max_result=${value}`,
      ]) {
        const response = await call(portal.endpoint, target, { token: ALICE });
        expect(response.status).toBe(400);
        expect(errorCode(response)).toBe("InvalidRequestException");
        expect(response.json.message).toMatch(/max_result/);
      }
    },
  );

  it.each(["1", "100", "020"])("accepts max_result=%s", async (value) => {
    const response = await call(portal.endpoint, `/assignment/accounts?max_result=${value}`, { token: ALICE });
    expect(response.status).toBe(200);
  });

  it.each([
    "/assignment/roles",
    "/assignment/roles?account_id=",
    "/federation/credentials?role_name=ReadOnlyAccess",
    `/federation/credentials?account_id=${DEV_ACCOUNT}`,
  ])("400 InvalidRequestException for a missing required parameter: %s", async (target) => {
    const response = await call(portal.endpoint, target, { token: ALICE });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe("InvalidRequestException");
    expect(response.json.message).toMatch(/account_id|role_name/);
  });

  it("checks the token before the input", async () => {
    const response = await call(portal.endpoint, "/assignment/roles", { token: "unknown" });
    expect(response.status).toBe(401);
  });

  it.each([
    ["an unassigned account", `/assignment/roles?account_id=${AUDIT_ACCOUNT}`],
    ["a nonexistent account", "/assignment/roles?account_id=000000000000"],
    ["an unassigned role", `/federation/credentials?account_id=${PROD_ACCOUNT}&role_name=AdministratorAccess`],
    ["a role in an unassigned account", `/federation/credentials?account_id=${AUDIT_ACCOUNT}&role_name=SecurityAudit`],
  ])('403 ForbiddenException "No access" for %s, as the service answers', async (_, target) => {
    const response = await call(portal.endpoint, target, { token: ALICE });
    expect(response.status).toBe(403);
    expect(errorCode(response)).toBe("ForbiddenException");
    // The real portal's 403 body, as seen in its logs.
    expect(response.text).toBe(
      '{"message":"No access","__type":"com.amazonaws.switchboard.portal#ForbiddenException"}',
    );
  });

  it("404 UnknownOperationException for an unknown path", async () => {
    for (const [target, method] of [
      ["/nope", "GET"],
      ["/", "DELETE"],
      ["/assignment", "GET"],
    ]) {
      const response = await call(portal.endpoint, target, { method, token: ALICE });
      expect(response.status).toBe(404);
      expect(errorCode(response)).toBe("UnknownOperationException");
      expect(response.headers["x-amzn-requestid"]).toMatch(UUID);
    }
  });

  it("405 MethodNotAllowedException for a wrong method on a known path, with Allow", async () => {
    const cases = [
      ["/logout", "GET", "POST"],
      ["/assignment/accounts", "POST", "GET"],
      ["/federation/credentials", "DELETE", "GET"],
      ["/assignment/roles", "PUT", "GET"],
    ];
    for (const [target, method, allow] of cases) {
      // Before the token check, as a front end answers: no token needed to learn it.
      const response = await call(portal.endpoint, target, { method });
      expect(response.status).toBe(405);
      expect(errorCode(response)).toBe("MethodNotAllowedException");
      expect(response.headers.allow).toBe(allow);
      expect(response.json).toEqual({ message: "Method not allowed" });
    }
  });
});

describe("noAccessError: ResourceNotFoundException", () => {
  let portal: LocalPortal;
  beforeAll(async () => {
    portal = await createLocalPortal({ noAccessError: "ResourceNotFoundException" });
  });
  afterAll(() => portal.close());

  it("answers the modeled 404 for unassigned accounts and roles", async () => {
    for (const target of [
      `/assignment/roles?account_id=${AUDIT_ACCOUNT}`,
      `/federation/credentials?account_id=${PROD_ACCOUNT}&role_name=AdministratorAccess`,
    ]) {
      const response = await call(portal.endpoint, target, { token: ALICE });
      expect(response.status).toBe(404);
      expect(errorCode(response)).toBe("ResourceNotFoundException");
    }
  });
});
