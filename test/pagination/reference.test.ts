import * as reference from "@aws-sdk/client-sso";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as ours from "../../src/index.js";
import { type PageServer, startPageServer } from "./pageServer.js";

/**
 * The same listings through the original's paginators and ours, over one scripted server:
 * the requests sent and the pages yielded must match. Pages "1".."4", then a repeat of "4"
 * for token "SAME", so `stopOnSameToken` has something to stop on.
 */
const script = (query: Record<string, string>) => {
  const token = query.next_token ?? "1";
  if (token === "SAME") return { accountList: [], roleList: [], nextToken: "SAME" };
  const page = Number(token);
  const next = page < 4 ? String(page + 1) : page === 4 ? "SAME" : undefined;
  return { accountList: [{ accountId: token }], roleList: [{ roleName: `Role${token}` }], nextToken: next };
};

const cases: Array<[string, { pageSize?: number; startingToken?: string; stopOnSameToken?: boolean }, object]> = [
  ["stopOnSameToken only", { stopOnSameToken: true }, {}],
  ["pageSize", { pageSize: 3, stopOnSameToken: true }, {}],
  ["input maxResults over pageSize", { pageSize: 3, stopOnSameToken: true }, { maxResults: 9 }],
  ["startingToken", { startingToken: "3", stopOnSameToken: true }, {}],
  ["startingToken over input nextToken", { startingToken: "2", stopOnSameToken: true }, { nextToken: "4" }],
  ["input nextToken", { stopOnSameToken: true }, { nextToken: "4" }],
];

/** Pages yielded and queries sent, at most `limit` pages. */
async function record(server: PageServer, pages: AsyncIterable<{ nextToken?: string }>, limit = 10) {
  server.queries.length = 0;
  const tokens: Array<string | undefined> = [];
  for await (const page of pages) {
    tokens.push(page.nextToken);
    if (tokens.length >= limit) break;
  }
  return { tokens, queries: [...server.queries] };
}

describe("paginators, compared with the original's", () => {
  let server: PageServer;
  let referenceClient: reference.SSOClient;
  let ourClient: ours.SSOClient;
  beforeAll(async () => {
    server = await startPageServer(script);
    const config = { region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 };
    referenceClient = new reference.SSOClient(config);
    ourClient = new ours.SSOClient(config);
  });
  afterAll(async () => {
    referenceClient.destroy();
    ourClient.destroy();
    await server.close();
  });

  for (const [name, options, extraInput] of cases) {
    it(`ListAccounts: ${name}`, async () => {
      const input = () => ({ accessToken: "t", ...extraInput });
      const expected = await record(
        server,
        reference.paginateListAccounts({ client: referenceClient, ...options }, input()),
      );
      const actual = await record(server, ours.paginateListAccounts({ client: ourClient, ...options }, input()));
      expect(actual).toEqual(expected);
    });

    it(`ListAccountRoles: ${name}`, async () => {
      const input = () => ({ accessToken: "t", accountId: "111122223333", ...extraInput });
      const expected = await record(
        server,
        reference.paginateListAccountRoles({ client: referenceClient, ...options }, input()),
      );
      const actual = await record(server, ours.paginateListAccountRoles({ client: ourClient, ...options }, input()));
      expect(actual).toEqual(expected);
    });
  }

  it("without stopOnSameToken, both keep asking while a token comes", async () => {
    const expected = await record(
      server,
      reference.paginateListAccounts({ client: referenceClient }, { accessToken: "t" }),
      8,
    );
    const actual = await record(server, ours.paginateListAccounts({ client: ourClient }, { accessToken: "t" }), 8);
    expect(actual).toEqual(expected);
    expect(actual.tokens).toHaveLength(8);
  });

  it("differs on purpose in one thing: the caller's input is left alone", async () => {
    const referenceInput = { accessToken: "t" };
    const ourInput = { accessToken: "t" };
    await record(
      server,
      reference.paginateListAccounts({ client: referenceClient, pageSize: 3, stopOnSameToken: true }, referenceInput),
    );
    await record(
      server,
      ours.paginateListAccounts({ client: ourClient, pageSize: 3, stopOnSameToken: true }, ourInput),
    );
    // The original writes the last token and the page size into the object it was given.
    expect(referenceInput).toEqual({ accessToken: "t", nextToken: "SAME", maxResults: 3 });
    expect(ourInput).toEqual({ accessToken: "t" });
  });

  it("the aggregated clients have the same paginator methods", () => {
    const names = (prototype: object) =>
      Object.keys(prototype)
        .filter((key) => key.startsWith("paginate"))
        .sort();
    expect(names(ours.SSO.prototype)).toEqual(names(reference.SSO.prototype));
    expect(names(ours.SSO.prototype)).toEqual(["paginateListAccountRoles", "paginateListAccounts"]);
  });
});
