// paginateAccountsWithRoles against hostile and large portals: repeated tokens, abort, progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  paginateAccountsWithRoles,
  paginateListAccounts,
  SSOClient,
  type AccountsWithRolesProgress,
} from "../../src/index.js";
import { createLocalPortal, generateFixture, type LocalPortal } from "../../src/local-portal/index.js";
import { sameTokenForever, startHostilePortal } from "./hostilePortal.js";

const TOKEN = "generated-token-1";
const clientFor = (endpoint: string) => new SSOClient({ region: "us-east-1", endpoint, maxAttempts: 1 });

describe("a portal that returns the same nextToken forever", () => {
  it.each(["accounts", "roles"] as const)("the enumerator stops with a clear error (%s)", async (which) => {
    const portal = await startHostilePortal(sameTokenForever(which));
    const client = clientFor(portal.endpoint);
    try {
      const taken: unknown[] = [];
      const listing = (async () => {
        for await (const item of paginateAccountsWithRoles(
          { client, maxRequestsPerSecond: 1000 },
          { accessToken: TOKEN },
        ))
          taken.push(item);
      })();
      const error = await listing.catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "RepeatedNextTokenError" });
      const operation = which === "accounts" ? "ListAccounts" : "ListAccountRoles \\(account 111122223333\\)";
      expect((error as Error).message).toMatch(
        new RegExp(`^${operation} returned a nextToken it had returned before \\(page 2\\)`),
      );
      expect((error as Error).message).not.toContain("again");
      // Two pages: the second repeats the first's token; nothing beyond a few requests went out.
      expect(portal.requests).toBeLessThanOrEqual(4);
    } finally {
      client.destroy();
      await portal.close();
    }
  });

  it("the paginators keep the releases' behaviour: stopOnSameToken is off by default", async () => {
    const portal = await startHostilePortal(sameTokenForever("accounts"));
    const client = clientFor(portal.endpoint);
    try {
      let pages = 0;
      for await (const page of paginateListAccounts({ client }, { accessToken: TOKEN })) {
        expect(page.nextToken).toBe("again");
        if (++pages === 5) break;
      }
      expect(pages).toBe(5);
      let stopped = 0;
      for await (const _ of paginateListAccounts({ client, stopOnSameToken: true }, { accessToken: TOKEN }))
        stopped += 1;
      expect(stopped).toBe(2);
    } finally {
      client.destroy();
      await portal.close();
    }
  });
});

describe("against the emulator", () => {
  let portal: LocalPortal;
  let client: SSOClient;
  beforeAll(async () => {
    portal = await createLocalPortal({ fixtures: generateFixture({ accounts: 300, rolesPerAccount: 2 }) });
    client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  });
  afterAll(async () => {
    client.destroy();
    await portal.close();
  });

  it("yields nothing after abort(), even at concurrency 30 with accounts already finished", async () => {
    for (let round = 0; round < 5; round++) {
      const controller = new AbortController();
      let afterAbort = 0;
      let before = 0;
      const listing = paginateAccountsWithRoles(
        { client, concurrency: 30, maxRequestsPerSecond: 100_000, abortSignal: controller.signal },
        { accessToken: TOKEN },
      );
      const error = await (async () => {
        for await (const _ of listing) {
          if (controller.signal.aborted) afterAbort += 1;
          else if (++before === 5 + round * 20) {
            // Let the window fill with finished accounts first.
            await new Promise((resolve) => setTimeout(resolve, 30));
            controller.abort();
          }
        }
      })().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "AbortError" });
      expect(afterAbort).toBe(0);
    }
  });

  it("says the listing is complete as soon as the last page of accounts arrives", async () => {
    const updates: AccountsWithRolesProgress[] = [];
    let yielded = 0;
    for await (const _ of paginateAccountsWithRoles(
      { client, concurrency: 2, pageSize: 100, maxRequestsPerSecond: 100_000, onProgress: (p) => updates.push(p) },
      { accessToken: TOKEN },
    ))
      yielded += 1;
    expect(yielded).toBe(300);
    const first = updates.find((update) => update.listingComplete)!;
    expect(first.accountsListed).toBe(300);
    // Long before the last account is done: with concurrency 2 only 4 accounts are ahead of the caller.
    expect(first.accountsDone).toBeLessThan(210);
    expect(updates.at(-1)).toMatchObject({
      listingComplete: true,
      accountsDone: 300,
      accountsListed: 300,
      rolesFound: 600,
    });
    // Counts only grow.
    for (let i = 1; i < updates.length; i++) {
      expect(updates[i].accountsDone).toBeGreaterThanOrEqual(updates[i - 1].accountsDone);
      expect(updates[i].accountsListed).toBeGreaterThanOrEqual(updates[i - 1].accountsListed);
    }
  });
});
