import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  paginateListAccountRoles,
  paginateListAccounts,
  SSO,
  SSOClient,
  TooManyRequestsException,
  UnauthorizedException,
} from "../../src/index.js";
import { createLocalPortal, generateFixture, type LocalPortal } from "../../src/local-portal/index.js";

const ACCOUNTS = 250;
const ROLES = 12;
const TOKEN = "generated-token-1";
const FIRST_ACCOUNT = "100000000001";

let portal: LocalPortal;
let client: SSOClient;
/** While set, the next throttled answer lifts throttling again: a burst of exactly one. */
let liftThrottleAfterOne = false;

beforeAll(async () => {
  portal = await createLocalPortal({
    fixtures: generateFixture({ accounts: ACCOUNTS, rolesPerAccount: ROLES }),
    onRequest: (entry) => {
      if (liftThrottleAfterOne && entry.fault === "throttle") portal.setFaults({ throttle: undefined });
    },
  });
  client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
});
afterEach(() => {
  liftThrottleAfterOne = false;
  portal.reset();
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

const listedQueries = () => portal.requestLog.map((entry) => entry.query);

describe("paginateListAccounts", () => {
  it("walks every account in order, pageSize becoming max_result", async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListAccounts({ client, pageSize: 100 }, { accessToken: TOKEN })) {
      pages++;
      for (const account of page.accountList ?? []) ids.push(account.accountId!);
    }
    expect(pages).toBe(3);
    expect(ids).toHaveLength(ACCOUNTS);
    expect(new Set(ids).size).toBe(ACCOUNTS);
    expect(ids[0]).toBe(FIRST_ACCOUNT);
    expect(listedQueries().map((query) => query.max_result)).toEqual(["100", "100", "100"]);
    expect(listedQueries()[0].next_token).toBeUndefined();
  });

  it("uses the portal's page size when no pageSize is given", async () => {
    let pages = 0;
    for await (const _page of paginateListAccounts({ client }, { accessToken: TOKEN })) pages++;
    expect(pages).toBe(Math.ceil(ACCOUNTS / 20));
    expect(listedQueries().every((query) => query.max_result === undefined)).toBe(true);
  });

  it("resumes from a startingToken taken from an earlier listing", async () => {
    const first = await paginateListAccounts({ client, pageSize: 100 }, { accessToken: TOKEN }).next();
    const token = first.value?.nextToken;
    expect(token).toBeTruthy();
    const ids: string[] = [];
    for await (const page of paginateListAccounts(
      { client, pageSize: 100, startingToken: token },
      { accessToken: TOKEN },
    )) {
      for (const account of page.accountList ?? []) ids.push(account.accountId!);
    }
    expect(ids).toHaveLength(ACCOUNTS - 100);
    expect(ids[0]).toBe(String(100_000_000_000 + 101));
  });

  it("ends with the service's error when the token is logged out mid-listing", async () => {
    const pages = paginateListAccounts({ client, pageSize: 100 }, { accessToken: TOKEN });
    expect((await pages.next()).done).toBe(false);
    portal.revokeToken(TOKEN);
    const error = await pages.next().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthorizedException);
    expect((error as UnauthorizedException).$metadata.httpStatusCode).toBe(401);
    // A generator that threw is finished.
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it("keeps going when a page is throttled once: the client's retry absorbs it", async () => {
    const pages = paginateListAccounts({ client, pageSize: 100 }, { accessToken: TOKEN });
    await pages.next();
    liftThrottleAfterOne = true;
    portal.setFaults({ throttle: { requestsPerSecond: 0.001 } }); // the bucket starts below one request
    const second = await pages.next();
    expect(second.value?.$metadata.attempts).toBe(2);
    let rest = 0;
    for await (const _page of pages) rest++;
    expect(rest).toBe(1);
    expect(portal.requestLog.map((entry) => entry.status)).toEqual([200, 429, 200, 200]);
  });

  it("fails with TooManyRequestsException once the client's attempts run out", async () => {
    const once = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1 });
    try {
      portal.setFaults({ throttle: { requestsPerSecond: 0.001 } });
      const error = await paginateListAccounts({ client: once }, { accessToken: TOKEN })
        .next()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TooManyRequestsException);
      expect((error as TooManyRequestsException).$metadata.attempts).toBe(1);
    } finally {
      once.destroy();
    }
  });

  it("passes the arguments after the input on to send: an aborted signal stops the next page", async () => {
    const controller = new AbortController();
    const pages = paginateListAccounts(
      { client, pageSize: 100 },
      { accessToken: TOKEN },
      { abortSignal: controller.signal },
    );
    await pages.next();
    controller.abort();
    const error = await pages.next().catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("AbortError");
    expect(portal.requestLog).toHaveLength(1);
  });

  it("sends the command withCommand returns, so it may add to each command's stack", async () => {
    let seen = 0;
    const withCommand = (command: any) => {
      seen++;
      command.middlewareStack.add(
        (next: any) => (args: any) => {
          args.request.headers["x-paginator-page"] = String(seen);
          return next(args);
        },
        { step: "build", name: "paginatorPageHeader" },
      );
      return command;
    };
    for await (const _page of paginateListAccounts({ client, pageSize: 100, withCommand }, { accessToken: TOKEN }));
    expect(portal.requestLog.map((entry) => entry.headers["x-paginator-page"])).toEqual(["1", "2", "3"]);
  });
});

describe("paginateListAccountRoles", () => {
  it("walks every role of one account", async () => {
    const roles: string[] = [];
    const input = { accessToken: TOKEN, accountId: FIRST_ACCOUNT };
    for await (const page of paginateListAccountRoles({ client, pageSize: 5 }, input)) {
      for (const role of page.roleList ?? []) {
        expect(role.accountId).toBe(FIRST_ACCOUNT);
        roles.push(role.roleName!);
      }
    }
    expect(roles).toHaveLength(ROLES);
    expect(roles.slice(0, 2)).toEqual(["AdministratorAccess", "ReadOnlyAccess"]);
    expect(listedQueries().map((query) => query.account_id)).toEqual([FIRST_ACCOUNT, FIRST_ACCOUNT, FIRST_ACCOUNT]);
    expect(input).toEqual({ accessToken: TOKEN, accountId: FIRST_ACCOUNT });
  });
});

describe("the aggregated SSO client", () => {
  it("has both paginators, sending through itself", async () => {
    const sso = new SSO({ region: "us-east-1", endpoint: portal.endpoint });
    try {
      let accounts = 0;
      for await (const page of sso.paginateListAccounts({ accessToken: TOKEN }, { pageSize: 50 })) {
        accounts += page.accountList?.length ?? 0;
      }
      let roles = 0;
      for await (const page of sso.paginateListAccountRoles({ accessToken: TOKEN, accountId: FIRST_ACCOUNT })) {
        roles += page.roleList?.length ?? 0;
      }
      expect(accounts).toBe(ACCOUNTS);
      expect(roles).toBe(ROLES);
      expect(listedQueries()[0].max_result).toBe("50");
    } finally {
      sso.destroy();
    }
  });

  it("always uses itself, whatever client a plain-JavaScript caller slips in", async () => {
    const sso = new SSO({ region: "us-east-1", endpoint: portal.endpoint });
    try {
      const config = { pageSize: 100, client: {} } as object;
      let pages = 0;
      for await (const _page of sso.paginateListAccounts({ accessToken: TOKEN }, config)) pages++;
      expect(pages).toBe(3);
    } finally {
      sso.destroy();
    }
  });
});
