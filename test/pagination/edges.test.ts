import { setImmediate as nextMacrotask } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { paginateListAccountRoles, paginateListAccounts, SSO, SSOClient } from "../../src/index.js";
import { type PageServer, startPageServer } from "./pageServer.js";

const ACCESS_TOKEN = "edge-token";

/** Collects at most `limit` pages, so a paginator that does not stop fails instead of hanging. */
async function take<T>(pages: AsyncIterable<T>, limit: number): Promise<T[]> {
  const taken: T[] = [];
  for await (const page of pages) {
    taken.push(page);
    if (taken.length >= limit) break;
  }
  return taken;
}

describe("a portal that always answers the same token", () => {
  let server: PageServer;
  let client: SSOClient;
  beforeAll(async () => {
    server = await startPageServer(() => ({ accountList: [{ accountId: "111122223333" }], nextToken: "SAME" }));
    client = new SSOClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it("with stopOnSameToken, stops once the token comes back unchanged", async () => {
    server.queries.length = 0;
    const pages = await take(
      paginateListAccounts({ client, stopOnSameToken: true }, { accessToken: ACCESS_TOKEN }),
      10,
    );
    // The first page had no token to compare with, the second repeats the first's.
    expect(pages).toHaveLength(2);
    expect(server.queries).toEqual([{}, { next_token: "SAME" }]);
  });

  it("with stopOnSameToken and that token as startingToken, stops after one page", async () => {
    server.queries.length = 0;
    const config = { client, stopOnSameToken: true, startingToken: "SAME" };
    const pages = await take(paginateListAccounts(config, { accessToken: ACCESS_TOKEN }), 10);
    expect(pages).toHaveLength(1);
    expect(server.queries).toEqual([{ next_token: "SAME" }]);
  });

  it("without stopOnSameToken, keeps going while a token comes", async () => {
    const pages = await take(paginateListAccounts({ client }, { accessToken: ACCESS_TOKEN }), 5);
    expect(pages).toHaveLength(5);
  });
});

describe("a portal that ends with an empty token", () => {
  it("stops: an empty nextToken means no more pages", async () => {
    const server = await startPageServer((query) =>
      query.next_token
        ? { roleList: [{ roleName: "ReadOnlyAccess" }], nextToken: "" }
        : { roleList: [], nextToken: "page-2" },
    );
    const client = new SSOClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
    try {
      const pages = await take(
        paginateListAccountRoles({ client }, { accessToken: ACCESS_TOKEN, accountId: "111122223333" }),
        10,
      );
      expect(pages.map((page) => page.nextToken)).toEqual(["page-2", ""]);
      expect(server.queries).toEqual([
        { account_id: "111122223333" },
        { account_id: "111122223333", next_token: "page-2" },
      ]);
    } finally {
      client.destroy();
      await server.close();
    }
  });
});

describe("configuration", () => {
  let server: PageServer;
  let client: SSO;
  beforeAll(async () => {
    server = await startPageServer((query) => {
      const page = Number(query.next_token ?? "1");
      return { accountList: [{ accountId: String(page) }], ...(page < 3 ? { nextToken: String(page + 1) } : {}) };
    });
    client = new SSO({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it("rejects a client that is not an SSOClient on the first next(), with the original's message", async () => {
    const pages = paginateListAccounts({ client: {} as SSOClient }, { accessToken: ACCESS_TOKEN });
    await expect(pages.next()).rejects.toThrow("Invalid client, expected instance of SSOClient");
  });

  it("prefers the input's maxResults over pageSize, and startingToken over the input's nextToken", async () => {
    server.queries.length = 0;
    const input = { accessToken: ACCESS_TOKEN, maxResults: 7, nextToken: "1" };
    await take(paginateListAccounts({ client, pageSize: 2, startingToken: "2" }, input), 10);
    expect(server.queries).toEqual([
      { max_result: "7", next_token: "2" },
      { max_result: "7", next_token: "3" },
    ]);
  });

  it("leaves the caller's input as it was", async () => {
    const input = { accessToken: ACCESS_TOKEN };
    const before = structuredClone(input);
    const pages = await take(paginateListAccounts({ client, pageSize: 1 }, input), 10);
    expect(pages).toHaveLength(3);
    expect(input).toEqual(before);
  });

  it("gives every command its own input with the token it was sent with", async () => {
    const sent: unknown[] = [];
    const withCommand = (command: any) => {
      sent.push(command.input);
      return undefined; // keep the command as it is
    };
    await take(paginateListAccounts({ client, withCommand }, { accessToken: ACCESS_TOKEN }), 10);
    expect(sent.map((input: any) => input.nextToken)).toEqual([undefined, "2", "3"]);
  });

  it("holds on to no page it has yielded, however many come", async () => {
    // The gc function is only there when V8 is told to expose it; a new context picks it up.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const endless = await startPageServer((_query, n) => ({
      accountList: [{ accountId: String(n) }],
      nextToken: `t${n}`,
    }));
    const endlessClient = new SSOClient({ region: "us-east-1", endpoint: endless.endpoint, maxAttempts: 1 });
    try {
      const firstPages: Array<WeakRef<object>> = [];
      let seen = 0;
      let retained = -1;
      for await (const page of paginateListAccounts({ client: endlessClient }, { accessToken: ACCESS_TOKEN })) {
        if (++seen <= 5) firstPages.push(new WeakRef(page));
        if (seen === 60) {
          // Checked while the paginator is still running. WeakRefs keep their target until
          // the current job ends, so collect after it.
          await nextMacrotask();
          gc();
          retained = firstPages.filter((ref) => ref.deref() !== undefined).length;
          break;
        }
      }
      expect(retained).toBe(0);
    } finally {
      endlessClient.destroy();
      await endless.close();
    }
  });
});
