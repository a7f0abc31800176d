import { afterEach, describe, expect, it } from "vitest";

import {
  type AccountsWithRolesProgress,
  type AccountWithRoles,
  paginateAccountsWithRoles,
  SSOClient,
  UnauthorizedException,
} from "../../src/index.js";
import {
  createLocalPortal,
  generateFixture,
  type LocalPortal,
  type LocalPortalOptions,
} from "../../src/local-portal/index.js";
import { seededRandom, TOKEN, watchedClient } from "./helpers.js";

const open: Array<{ portal: LocalPortal; client: SSOClient }> = [];
afterEach(async () => {
  for (const { portal, client } of open.splice(0)) {
    client.destroy();
    await portal.close();
  }
});

async function setUp(accounts: number, rolesPerAccount: number, options: LocalPortalOptions = {}) {
  const portal = await createLocalPortal({ fixtures: generateFixture({ accounts, rolesPerAccount }), ...options });
  const { client, handler } = watchedClient(portal.endpoint);
  open.push({ portal, client });
  return { portal, client, handler };
}

async function collect(iterable: AsyncIterable<AccountWithRoles>): Promise<AccountWithRoles[]> {
  const all: AccountWithRoles[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("paginateAccountsWithRoles", () => {
  it("yields every account with all of its roles, in listing order, across pages", async () => {
    const { portal, client } = await setUp(30, 5, { latency: { min: 0, max: 15 }, random: seededRandom(7) });
    const progress: AccountsWithRolesProgress[] = [];
    const items = await collect(
      paginateAccountsWithRoles(
        { client, pageSize: 4, concurrency: 4, maxRequestsPerSecond: 1000, onProgress: (p) => progress.push(p) },
        { accessToken: TOKEN },
      ),
    );
    const fixture = portal.fixture;
    expect(items.map(({ account }) => account)).toEqual(fixture.accounts);
    const roleNames = fixture.users[0].assignments[0].roleNames;
    for (const { account, roles } of items) {
      expect(roles).toEqual(roleNames.map((roleName) => ({ roleName, accountId: account.accountId })));
    }
    // 8 pages of accounts, 2 pages of roles per account.
    expect(portal.stats.byOperation).toEqual({ ListAccounts: 8, ListAccountRoles: 60 });
    expect(progress.at(-1)).toEqual({
      accountsListed: 30,
      listingComplete: true,
      accountsDone: 30,
      rolesFound: 150,
      requests: 68,
      throttled: 0,
      requestsPerSecond: 1000,
    });
  });

  it("holds back an account that finished early until those listed before it are yielded", async () => {
    const { client, handler } = await setUp(12, 2);
    const first = "100000000001";
    // The first account's roles take longest to arrive.
    handler.delayFor = (request) => (request.query?.account_id === first ? 150 : 0);
    const doneWhenYielded: number[] = [];
    let done = 0;
    for await (const { account } of paginateAccountsWithRoles(
      { client, concurrency: 4, maxRequestsPerSecond: 1000, onProgress: (p) => (done = p.accountsDone) },
      { accessToken: TOKEN },
    )) {
      if (account.accountId === first) doneWhenYielded.push(done);
    }
    // Others finished while the first was still on its way, yet the first came out first.
    expect(doneWhenYielded).toHaveLength(1);
    expect(doneWhenYielded[0]).toBeGreaterThan(1);
  });

  it("yields accounts without roles and nothing for a user without accounts", async () => {
    const portal = await createLocalPortal({
      fixtures: {
        accounts: [
          { accountId: "111122223333", accountName: "Development", emailAddress: "dev@example.com" },
          { accountId: "444455556666", accountName: "Production", emailAddress: "prod@example.com" },
        ],
        users: [
          {
            userId: "alice",
            accessTokens: ["alice"],
            assignments: [
              { accountId: "111122223333", roleNames: [] },
              { accountId: "444455556666", roleNames: ["ReadOnlyAccess"] },
            ],
          },
          { userId: "nobody", accessTokens: ["nobody"], assignments: [] },
        ],
      },
    });
    const { client } = watchedClient(portal.endpoint);
    open.push({ portal, client });
    const alice = await collect(paginateAccountsWithRoles({ client }, { accessToken: "alice" }));
    expect(alice.map(({ account, roles }) => [account.accountId, roles.map((role) => role.roleName)])).toEqual([
      ["111122223333", []],
      ["444455556666", ["ReadOnlyAccess"]],
    ]);
    expect(await collect(paginateAccountsWithRoles({ client }, { accessToken: "nobody" }))).toEqual([]);
  });

  it("never has more than `concurrency` requests in flight", async () => {
    const { client, handler } = await setUp(40, 1, { latency: 10 });
    const items = await collect(
      paginateAccountsWithRoles({ client, concurrency: 3, maxRequestsPerSecond: 1000 }, { accessToken: TOKEN }),
    );
    expect(items).toHaveLength(40);
    expect(handler.maxInFlight).toBe(3);
  });

  it("starts no more than 2 × concurrency accounts ahead of what the caller has taken", async () => {
    const { portal, client } = await setUp(100, 1);
    const iterator = paginateAccountsWithRoles(
      { client, concurrency: 2, maxRequestsPerSecond: 1000 },
      { accessToken: TOKEN },
    );
    expect((await iterator.next()).done).toBe(false);
    // The caller holds on to the first result; whatever runs meanwhile must stay inside the window.
    await settle(200);
    const started = new Set(
      portal.requestLog.filter((e) => e.operation === "ListAccountRoles").map((e) => e.query.account_id),
    );
    expect(started.size).toBeGreaterThan(1);
    expect(started.size).toBeLessThanOrEqual(1 + 2 * 2);
    await iterator.return();
  });

  it("keeps to maxRequestsPerSecond", async () => {
    const { client } = await setUp(20, 1);
    const started = performance.now();
    await collect(paginateAccountsWithRoles({ client, maxRequestsPerSecond: 50 }, { accessToken: TOKEN }));
    // 21 requests evenly spaced at 50 per second: the first goes at once, the last 20 intervals later.
    expect(performance.now() - started).toBeGreaterThanOrEqual(20 * 20 - 5);
  });

  it("slows down on 429s, recovers, and still lists everything", async () => {
    // A burst of 1: two requests closer than 20 ms are throttled, so the 5 ms pacing at the start
    // draws 429s even on a slow, loaded machine.
    const { portal, client } = await setUp(40, 2, { throttle: { requestsPerSecond: 50, burst: 1 } });
    const paces: number[] = [];
    let last: AccountsWithRolesProgress | undefined;
    const items = await collect(
      paginateAccountsWithRoles(
        {
          client,
          concurrency: 8,
          maxRequestsPerSecond: 200,
          onProgress: (p) => {
            paces.push(p.requestsPerSecond);
            last = p;
          },
        },
        { accessToken: TOKEN },
      ),
    );
    expect(items).toHaveLength(40);
    expect(items.every(({ roles }) => roles.length === 2)).toBe(true);
    const throttled = portal.stats.byStatus[429] ?? 0;
    expect(throttled).toBeGreaterThan(0);
    // Every 429 was seen and resent by the helper, none by the client's retry strategy.
    expect(last!.throttled).toBe(throttled);
    expect(last!.requests).toBe(portal.stats.requests);
    expect(portal.stats.byStatus[200]).toBe(41);
    const slowest = Math.min(...paces);
    expect(slowest).toBeLessThanOrEqual(100);
    expect(last!.requestsPerSecond).toBeGreaterThan(slowest);
  });

  it("throws an AbortError and sends nothing more once the signal fires", async () => {
    const { client, handler } = await setUp(100, 1, { latency: 5 });
    const controller = new AbortController();
    const seen: string[] = [];
    const listing = (async () => {
      for await (const { account } of paginateAccountsWithRoles(
        { client, concurrency: 4, maxRequestsPerSecond: 1000, abortSignal: controller.signal },
        { accessToken: TOKEN },
      )) {
        seen.push(account.accountId!);
        if (seen.length === 5) controller.abort(new Error("enough"));
      }
    })();
    const error = await listing.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError", cause: new Error("enough") });
    expect(seen).toHaveLength(5);
    const sentAtAbort = handler.sent;
    await settle(100);
    expect(handler.sent).toBe(sentAtAbort);
    expect(sentAtAbort).toBeLessThan(30);
  });

  it("sends nothing for a signal that already fired", async () => {
    const { client, handler } = await setUp(3, 1);
    const iterator = paginateAccountsWithRoles({ client, abortSignal: AbortSignal.abort() }, { accessToken: TOKEN });
    await expect(iterator.next()).rejects.toMatchObject({ name: "AbortError" });
    expect(handler.sent).toBe(0);
  });

  it("stops sending when the caller breaks out of the loop", async () => {
    const { client, handler } = await setUp(100, 1, { latency: 5 });
    for await (const _item of paginateAccountsWithRoles({ client, maxRequestsPerSecond: 1000 }, { accessToken: TOKEN }))
      break;
    const sentAtBreak = handler.sent;
    await settle(100);
    expect(handler.sent).toBe(sentAtBreak);
    expect(sentAtBreak).toBeLessThan(30);
  });

  it("ends with the first error, here a token logged out mid-listing", async () => {
    let rolesAnswered = 0;
    const { portal, client, handler } = await setUp(60, 1, {
      onRequest: (entry) => {
        if (entry.operation === "ListAccountRoles" && ++rolesAnswered === 10) portal.revokeToken(TOKEN);
      },
    });
    const error = await collect(
      paginateAccountsWithRoles({ client, maxRequestsPerSecond: 1000 }, { accessToken: TOKEN }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedException);
    const sentAtError = handler.sent;
    await settle(100);
    expect(handler.sent).toBe(sentAtError);
  });

  it("checks its options and input", async () => {
    const { client, handler } = await setUp(1, 1);
    const first = (config: object, input: object = { accessToken: TOKEN }) =>
      paginateAccountsWithRoles({ client, ...config }, input as never).next();
    await expect(first({ concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(first({ concurrency: 1.5 })).rejects.toThrow("concurrency must be an integer of 1 or more");
    await expect(first({ maxRequestsPerSecond: 0 })).rejects.toThrow(
      "maxRequestsPerSecond must be a finite number of at least 0.001",
    );
    await expect(first({ maxRequestsPerSecond: Infinity })).rejects.toThrow(RangeError);
    // Slower paces would overflow Node's timers (about 4.7e-7 per second): refused, not a warning storm.
    await expect(first({ maxRequestsPerSecond: 1e-7 })).rejects.toThrow(RangeError);
    await expect(first({ pageSize: 101 })).rejects.toThrow("pageSize must be an integer from 1 to 100");
    await expect(first({ client: {} })).rejects.toThrow("Invalid client");
    await expect(first({}, {})).rejects.toMatchObject({ name: "ValidationError" });
    expect(handler.sent).toBe(0);
  });
});
