import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../src/local-portal/index.js";
import { ALICE, BOB, DEV_ACCOUNT, PROD_ACCOUNT, UUID, call } from "./helpers.js";

describe("operations (happy paths)", () => {
  let portal: LocalPortal;
  beforeAll(async () => {
    portal = await createLocalPortal();
  });
  afterAll(() => portal.close());

  it("listens on loopback with a system-chosen port by default", () => {
    expect(portal.host).toBe("127.0.0.1");
    expect(portal.port).toBeGreaterThan(0);
    expect(portal.endpoint).toBe(`http://127.0.0.1:${portal.port}`);
  });

  it("ListAccounts lists the user's accounts in fixture order", async () => {
    const response = await call(portal.endpoint, "/assignment/accounts", { token: ALICE });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["x-amzn-requestid"]).toMatch(UUID);
    expect(response.headers["x-amzn-errortype"]).toBeUndefined();
    expect(response.json).toEqual({
      accountList: [
        { accountId: DEV_ACCOUNT, accountName: "Development", emailAddress: "dev@example.com" },
        { accountId: PROD_ACCOUNT, accountName: "Production", emailAddress: "prod@example.com" },
      ],
    });
  });

  it("ListAccounts only shows another user's own accounts", async () => {
    const response = await call(portal.endpoint, "/assignment/accounts?max_result=10", { token: BOB });
    expect(response.json.accountList.map((a: { accountId: string }) => a.accountId)).toEqual(["777788889999"]);
  });

  it("ListAccountRoles lists roleName and accountId", async () => {
    const response = await call(portal.endpoint, `/assignment/roles?account_id=${DEV_ACCOUNT}`, { token: ALICE });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      roleList: [
        { roleName: "AdministratorAccess", accountId: DEV_ACCOUNT },
        { roleName: "ReadOnlyAccess", accountId: DEV_ACCOUNT },
      ],
    });
  });

  it("GetRoleCredentials returns fresh credentials expiring in an hour, in epoch ms", async () => {
    const target = `/federation/credentials?account_id=${DEV_ACCOUNT}&role_name=ReadOnlyAccess`;
    const before = Date.now();
    const first = await call(portal.endpoint, target, { token: ALICE });
    const second = await call(portal.endpoint, target, { token: ALICE });
    expect(first.status).toBe(200);
    const credentials = first.json.roleCredentials;
    expect(Object.keys(credentials).sort()).toEqual(["accessKeyId", "expiration", "secretAccessKey", "sessionToken"]);
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials.secretAccessKey).toHaveLength(40);
    expect(credentials.sessionToken.length).toBeGreaterThan(100);
    expect(typeof credentials.expiration).toBe("number");
    expect(credentials.expiration).toBeGreaterThan(before + 3590_000);
    expect(credentials.expiration).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(second.json.roleCredentials.accessKeyId).not.toBe(credentials.accessKeyId);
    expect(second.json.roleCredentials.sessionToken).not.toBe(credentials.sessionToken);
  });

  it("Logout answers 200 with an empty body, then the token is refused everywhere", async () => {
    const token = portal.issueToken("alice");
    expect((await call(portal.endpoint, "/assignment/accounts", { token })).status).toBe(200);
    const logout = await call(portal.endpoint, "/logout", { method: "POST", token });
    expect(logout.status).toBe(200);
    expect(logout.text).toBe("");
    expect(logout.headers["content-length"]).toBe("0");
    expect(logout.headers["x-amzn-requestid"]).toMatch(UUID);
    for (const target of [
      "/assignment/accounts",
      `/assignment/roles?account_id=${DEV_ACCOUNT}`,
      `/federation/credentials?account_id=${DEV_ACCOUNT}&role_name=ReadOnlyAccess`,
    ]) {
      expect((await call(portal.endpoint, target, { token })).status).toBe(401);
    }
    expect((await call(portal.endpoint, "/logout", { method: "POST", token })).status).toBe(401);
    // Other tokens of the same user keep working.
    expect((await call(portal.endpoint, "/assignment/accounts", { token: ALICE })).status).toBe(200);
  });
});

describe("query decoding", () => {
  const roleName = "Ops+Team/Read Only é";
  let portal: LocalPortal;
  beforeAll(async () => {
    portal = await createLocalPortal({
      fixtures: {
        accounts: [{ accountId: "123456789012", accountName: "Odd names", emailAddress: "odd@example.com" }],
        users: [
          { userId: "u", accessTokens: ["t"], assignments: [{ accountId: "123456789012", roleNames: [roleName] }] },
        ],
      },
    });
  });
  afterAll(() => portal.close());

  it("decodes RFC 3986 percent-encoding (%20 space, %2B plus, %2F slash, UTF-8)", async () => {
    const encoded = "Ops%2BTeam%2FRead%20Only%20%C3%A9";
    const response = await call(
      portal.endpoint,
      `/federation/credentials?role_name=${encoded}&account_id=123456789012`,
      {
        token: "t",
      },
    );
    expect(response.status).toBe(200);
    expect(portal.requestLog.at(-1)?.query.role_name).toBe(roleName);
  });

  it("keeps a literal + as a plus sign", async () => {
    const response = await call(portal.endpoint, "/federation/credentials?account_id=123456789012&role_name=Ops+Team", {
      token: "t",
    });
    expect(portal.requestLog.at(-1)?.query.role_name).toBe("Ops+Team");
    expect(response.status).toBe(403);
  });

  it("answers 400 to malformed percent-encoding", async () => {
    const response = await call(portal.endpoint, "/assignment/roles?account_id=%E0%A4%A", { token: "t" });
    expect(response.status).toBe(400);
  });
});
