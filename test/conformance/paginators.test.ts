// The paginators against the original's: the same sequence of requests for the same pages.
import * as reference from "@aws-sdk/client-sso";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as ours from "../../src/index.js";
import { IGNORED_HEADERS, makeClient, type Library } from "./harness.js";
import { ACCESS_TOKEN } from "./scenarios.js";
import { reply, startScriptedServer, type ScriptedServer } from "./server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
});

const PAGES = [
  reply(200, { accountList: [{ accountId: "1" }, { accountId: "2" }], nextToken: "token/2+&=" }),
  reply(200, { accountList: [{ accountId: "3" }, { accountId: "4" }], nextToken: "token 3" }),
  reply(200, { accountList: [{ accountId: "5" }] }),
];
const ROLE_PAGES = [
  reply(200, { roleList: [{ roleName: "A", accountId: "1" }], nextToken: "r2" }),
  reply(200, { roleList: [{ roleName: "B", accountId: "1" }], nextToken: "" }),
];

const paginate = async (
  library: Library,
  kind: "accounts" | "roles",
  input: Record<string, unknown>,
  config: Record<string, unknown>,
) => {
  server.script(kind === "accounts" ? PAGES : ROLE_PAGES);
  const client = makeClient(library, server.endpoint);
  const lib = (library === "ours" ? ours : reference) as unknown as Record<
    string,
    (...args: unknown[]) => AsyncIterable<unknown>
  >;
  const pages: unknown[] = [];
  try {
    const paginator = kind === "accounts" ? lib.paginateListAccounts : lib.paginateListAccountRoles;
    for await (const page of paginator({ client, ...config }, input)) {
      const { $metadata, ...rest } = page as Record<string, unknown>;
      pages.push({ ...rest, status: ($metadata as { httpStatusCode: number }).httpStatusCode });
    }
  } finally {
    client.destroy();
  }
  const requests = server.requests.map((request) => ({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => !IGNORED_HEADERS.has(name))),
  }));
  return { pages, requests };
};

describe("paginators send what the original's send", () => {
  it.each([
    ["ListAccounts, pageSize 2", "accounts", { accessToken: ACCESS_TOKEN }, { pageSize: 2 }],
    [
      "ListAccounts, maxResults in the input wins over pageSize",
      "accounts",
      { accessToken: ACCESS_TOKEN, maxResults: 7 },
      { pageSize: 2 },
    ],
    ["ListAccounts, from a startingToken", "accounts", { accessToken: ACCESS_TOKEN }, { startingToken: "saved token" }],
    [
      "ListAccountRoles, an empty nextToken ends paging",
      "roles",
      { accessToken: ACCESS_TOKEN, accountId: "1" },
      { pageSize: 1 },
    ],
  ] as const)("%s", async (_label, kind, input, config) => {
    const ourRun = await paginate("ours", kind, input, config);
    const referenceRun = await paginate("reference", kind, input, config);
    expect(ourRun.requests).toEqual(referenceRun.requests);
    expect(ourRun.pages).toEqual(referenceRun.pages);
    expect(ourRun.pages.length).toBe(kind === "accounts" ? 3 : 2);
  });
});

describe("difference 6: the paginator leaves the caller's input alone", () => {
  // Why: the reference writes each page's token (and pageSize as maxResults) into the input object
  // it was given, so reusing that object later silently starts mid-way. Ours sends a copy.
  it("after paging, ours left the input as it was; the reference's holds the last token", async () => {
    const ourInput = { accessToken: ACCESS_TOKEN };
    const referenceInput = { accessToken: ACCESS_TOKEN };
    await paginate("ours", "accounts", ourInput, { pageSize: 2 });
    await paginate("reference", "accounts", referenceInput, { pageSize: 2 });
    expect(ourInput).toEqual({ accessToken: ACCESS_TOKEN });
    expect(referenceInput).not.toEqual({ accessToken: ACCESS_TOKEN });
    expect(referenceInput).toMatchObject({ nextToken: "token 3" });
  });
});
