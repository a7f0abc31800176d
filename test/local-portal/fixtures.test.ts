import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  type PortalFixture,
  createLocalPortal,
  defaultFixture,
  generateFixture,
  loadFixtures,
} from "../../src/local-portal/index.js";
import { call } from "./helpers.js";

const directory = mkdtempSync(join(tmpdir(), "local-portal-fixtures-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const small: PortalFixture = {
  accounts: [{ accountId: "210987654321", accountName: "From file", emailAddress: "file@example.com" }],
  users: [
    {
      userId: "carol",
      accessTokens: ["carol-token"],
      assignments: [{ accountId: "210987654321", roleNames: ["Dev"] }],
    },
  ],
};

describe("fixtures", () => {
  it("the default fixture passes its own validation", () => {
    expect(loadFixtures()).toBe(defaultFixture);
  });

  it("loads a JSON file and serves it", async () => {
    const path = join(directory, "fixture.json");
    writeFileSync(path, JSON.stringify(small));
    expect(loadFixtures(path)).toEqual(small);
    const portal = await createLocalPortal({ fixtures: path });
    try {
      const response = await call(portal.endpoint, "/assignment/accounts", { token: "carol-token" });
      expect(response.json.accountList).toEqual(small.accounts);
    } finally {
      await portal.close();
    }
  });

  it("reports a file that is not JSON", () => {
    const path = join(directory, "broken.json");
    writeFileSync(path, "{ nope");
    expect(() => loadFixtures(path)).toThrow(/not valid JSON/);
  });

  it.each([
    ["not an object", [], /accounts and users/],
    ["missing users", { accounts: [] }, /users must be an array/],
    ["an account without a name", { accounts: [{ accountId: "1", emailAddress: "e" }], users: [] }, /accountName/],
    ["a duplicate account", { accounts: [small.accounts[0], small.accounts[0]], users: [] }, /listed twice/],
    [
      "an assignment to an unknown account",
      { accounts: [], users: [{ userId: "u", accessTokens: [], assignments: [{ accountId: "9", roleNames: [] }] }] },
      /not in accounts/,
    ],
    [
      "a token given twice",
      { accounts: [], users: [{ userId: "u", accessTokens: ["t", { token: "t" }], assignments: [] }] },
      /repeats a token given earlier/,
    ],
    [
      "an unreadable expiry",
      { accounts: [], users: [{ userId: "u", accessTokens: [{ token: "t", expiresAt: "soon" }], assignments: [] }] },
      /expiresAt/,
    ],
  ])("rejects %s", (_, fixture, message) => {
    expect(() => loadFixtures(fixture as PortalFixture)).toThrow(message);
  });

  it("merges two assignments to the same account", async () => {
    const portal = await createLocalPortal({
      fixtures: {
        accounts: small.accounts,
        users: [
          {
            userId: "u",
            accessTokens: ["t"],
            assignments: [
              { accountId: "210987654321", roleNames: ["A", "B"] },
              { accountId: "210987654321", roleNames: ["B", "C"] },
            ],
          },
        ],
      },
    });
    try {
      const accounts = await call(portal.endpoint, "/assignment/accounts", { token: "t" });
      expect(accounts.json.accountList).toHaveLength(1);
      const roles = await call(portal.endpoint, "/assignment/roles?account_id=210987654321", { token: "t" });
      expect(roles.json.roleList.map((r: { roleName: string }) => r.roleName)).toEqual(["A", "B", "C"]);
    } finally {
      await portal.close();
    }
  });

  it("accepts ISO and epoch-ms expiries", async () => {
    const portal = await createLocalPortal({
      fixtures: {
        accounts: [],
        users: [
          {
            userId: "u",
            accessTokens: [
              { token: "future-iso", expiresAt: "2999-01-01T00:00:00Z" },
              { token: "past-ms", expiresAt: 1 },
            ],
            assignments: [],
          },
        ],
      },
    });
    try {
      expect((await call(portal.endpoint, "/assignment/accounts", { token: "future-iso" })).json).toEqual({
        accountList: [],
      });
      expect((await call(portal.endpoint, "/assignment/accounts", { token: "past-ms" })).status).toBe(401);
    } finally {
      await portal.close();
    }
  });

  it("generates large deterministic fixtures", () => {
    const fixture = generateFixture({ accounts: 1000, rolesPerAccount: 10, users: 3, tokenPrefix: "bench" });
    expect(fixture.accounts).toHaveLength(1000);
    expect(new Set(fixture.accounts.map((a) => a.accountId)).size).toBe(1000);
    expect(fixture.accounts.every((a) => /^\d{12}$/.test(a.accountId))).toBe(true);
    expect(fixture.users.map((u) => u.accessTokens)).toEqual([["bench-1"], ["bench-2"], ["bench-3"]]);
    const roles = fixture.users[0].assignments[0].roleNames;
    expect(roles).toHaveLength(10);
    expect(roles.slice(0, 2)).toEqual(["AdministratorAccess", "ReadOnlyAccess"]);
    expect(roles.at(-1)).toBe("Role10");
    expect(() => loadFixtures(fixture)).not.toThrow();
    expect(generateFixture({ accounts: 2, rolesPerAccount: 1 })).toEqual(
      generateFixture({ accounts: 2, rolesPerAccount: 1 }),
    );
  });
});
