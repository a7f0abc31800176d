import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal, generateFixture } from "../../src/local-portal/index.js";
import { call, errorCode } from "./helpers.js";

const TOKEN = "generated-token-1";

async function walk(portal: LocalPortal, base: string, maxResults?: number) {
  const items: any[] = [];
  const tokens: string[] = [];
  const pageSizes: number[] = [];
  let nextToken: string | undefined;
  do {
    const params = new URLSearchParams();
    if (base.includes("roles")) params.set("account_id", "100000000001");
    if (maxResults !== undefined) params.set("max_result", String(maxResults));
    if (nextToken) params.set("next_token", nextToken);
    const response = await call(portal.endpoint, `${base}?${params}`, { token: TOKEN });
    expect(response.status).toBe(200);
    const list = response.json.accountList ?? response.json.roleList;
    items.push(...list);
    pageSizes.push(list.length);
    nextToken = response.json.nextToken;
    if (nextToken) tokens.push(nextToken);
  } while (nextToken);
  return { items, tokens, pageSizes };
}

describe("pagination", () => {
  let portal: LocalPortal;
  beforeAll(async () => {
    portal = await createLocalPortal({ fixtures: generateFixture({ accounts: 1000, rolesPerAccount: 3, users: 2 }) });
  });
  afterAll(() => portal.close());

  it.each([100, 37, 1])("walks all 1,000 accounts with max_result=%s, no duplicates", async (maxResults) => {
    const { items, pageSizes } = await walk(portal, "/assignment/accounts", maxResults);
    expect(items).toHaveLength(1000);
    expect(new Set(items.map((a) => a.accountId)).size).toBe(1000);
    expect(items[0]).toEqual({
      accountId: "100000000001",
      accountName: "Account 0001",
      emailAddress: "account-0001@example.com",
    });
    expect(pageSizes.slice(0, -1).every((size) => size === maxResults)).toBe(true);
    expect(pageSizes).toHaveLength(Math.ceil(1000 / maxResults));
  });

  it("uses pages of 20 when max_result is absent", async () => {
    const { items, pageSizes } = await walk(portal, "/assignment/accounts");
    expect(items).toHaveLength(1000);
    expect(pageSizes).toHaveLength(50);
    expect(new Set(pageSizes)).toEqual(new Set([20]));
  });

  it("omits nextToken on the last page", async () => {
    const { tokens } = await walk(portal, "/assignment/accounts", 100);
    expect(tokens).toHaveLength(9);
    const last = await call(portal.endpoint, `/assignment/accounts?max_result=100&next_token=${tokens[8]}`, {
      token: TOKEN,
    });
    expect(last.json.accountList).toHaveLength(100);
    expect(last.json).not.toHaveProperty("nextToken");
  });

  it("treats an empty next_token as the first page", async () => {
    const response = await call(portal.endpoint, "/assignment/accounts?max_result=5&next_token=", { token: TOKEN });
    expect(response.json.accountList[0].accountId).toBe("100000000001");
  });

  it("paginates ListAccountRoles", async () => {
    const { items, pageSizes } = await walk(portal, "/assignment/roles", 1);
    expect(items).toEqual([
      { roleName: "AdministratorAccess", accountId: "100000000001" },
      { roleName: "ReadOnlyAccess", accountId: "100000000001" },
      { roleName: "PowerUserAccess", accountId: "100000000001" },
    ]);
    expect(pageSizes).toEqual([1, 1, 1]);
  });

  it("issues opaque tokens that reveal no offset", async () => {
    const { tokens } = await walk(portal, "/assignment/accounts", 100);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // The same page of the same listing gets a different token from another emulator.
    const other = await createLocalPortal({ fixtures: generateFixture({ accounts: 1000, rolesPerAccount: 3 }) });
    try {
      const theirs = (await call(other.endpoint, "/assignment/accounts?max_result=100", { token: TOKEN })).json
        .nextToken;
      expect(theirs).not.toBe(tokens[0]);
    } finally {
      await other.close();
    }
  });

  it("rejects garbled, forged and foreign tokens with 400 InvalidRequestException", async () => {
    const { tokens } = await walk(portal, "/assignment/accounts", 100);
    const valid = tokens[0];
    const flipped = valid.slice(0, -2) + (valid.at(-2) === "A" ? "B" : "A") + valid.at(-1);
    const forged = Buffer.from([1, 0, 0, 0, 5, ...new Array(16).fill(0)]).toString("base64url");
    const other = await createLocalPortal({ fixtures: generateFixture({ accounts: 1000, rolesPerAccount: 3 }) });
    try {
      const foreign = (await call(other.endpoint, "/assignment/accounts?max_result=100", { token: TOKEN })).json
        .nextToken;
      for (const bad of ["garbage", flipped, forged, foreign, `${valid}!`]) {
        const response = await call(portal.endpoint, `/assignment/accounts?next_token=${encodeURIComponent(bad)}`, {
          token: TOKEN,
        });
        expect(response.status, bad).toBe(400);
        expect(errorCode(response)).toBe("InvalidRequestException");
      }
    } finally {
      await other.close();
    }
  });

  it("binds tokens to their listing and user", async () => {
    const accountsToken = (await call(portal.endpoint, "/assignment/accounts?max_result=1", { token: TOKEN })).json
      .nextToken;
    const asRoles = await call(
      portal.endpoint,
      `/assignment/roles?account_id=100000000001&next_token=${accountsToken}`,
      {
        token: TOKEN,
      },
    );
    expect(asRoles.status).toBe(400);
    const otherUser = await call(portal.endpoint, `/assignment/accounts?next_token=${accountsToken}`, {
      token: "generated-token-2",
    });
    expect(otherUser.status).toBe(400);
    const rolesToken = (
      await call(portal.endpoint, "/assignment/roles?account_id=100000000001&max_result=1", { token: TOKEN })
    ).json.nextToken;
    const otherAccount = await call(
      portal.endpoint,
      `/assignment/roles?account_id=100000000002&next_token=${rolesToken}`,
      {
        token: TOKEN,
      },
    );
    expect(otherAccount.status).toBe(400);
  });

  it("honours defaultPageSize", async () => {
    const small = await createLocalPortal({
      fixtures: generateFixture({ accounts: 10, rolesPerAccount: 1 }),
      defaultPageSize: 4,
    });
    try {
      const response = await call(small.endpoint, "/assignment/accounts", { token: TOKEN });
      expect(response.json.accountList).toHaveLength(4);
    } finally {
      await small.close();
    }
  });
});
