import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
} from "../../src/index.js";
import { json, startCapturingServer, type CapturingServer } from "../support/capturingServer.js";

const TOKEN = "aoaAAAAAGExampleAccessToken";
let portal: CapturingServer;
let client: SSOClient;

beforeAll(async () => {
  portal = await startCapturingServer();
  client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
});
afterEach(() => {
  portal.requests.length = 0;
  portal.respondWith(json(200, {}));
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

const metadataHeaders = { "x-amzn-requestid": "req-1", "x-amz-id-2": "ext-2", "x-amz-cf-id": "cf-3" };

describe("GetRoleCredentials", () => {
  it("sends GET /federation/credentials with the token header and sorted query", async () => {
    portal.respondWith(
      json(
        200,
        {
          roleCredentials: {
            accessKeyId: "ASIAEXAMPLE",
            secretAccessKey: "secret/key",
            sessionToken: "session-token",
            expiration: 1700000000000,
            unmodeled: true,
          },
        },
        metadataHeaders,
      ),
    );
    const output = await client.send(
      new GetRoleCredentialsCommand({ accessToken: TOKEN, roleName: "ReadOnly", accountId: "111122223333" }),
    );
    const [request] = portal.requests;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/federation/credentials");
    expect(request.query).toBe("account_id=111122223333&role_name=ReadOnly");
    expect(request.headers["x-amz-sso_bearer_token"]).toBe(TOKEN);
    expect(request.body).toBe("");
    expect(output).toEqual({
      roleCredentials: {
        accessKeyId: "ASIAEXAMPLE",
        secretAccessKey: "secret/key",
        sessionToken: "session-token",
        expiration: 1700000000000,
      },
      $metadata: {
        httpStatusCode: 200,
        requestId: "req-1",
        extendedRequestId: "ext-2",
        cfId: "cf-3",
        attempts: 1,
        totalRetryDelay: 0,
      },
    });
  });
});

describe("ListAccountRoles", () => {
  it("sends GET /assignment/roles with account_id, max_result and next_token", async () => {
    portal.respondWith(json(200, { roleList: [{ roleName: "Admin", accountId: "1", extra: 1 }], nextToken: "page-2" }));
    const output = await client.send(
      new ListAccountRolesCommand({ accessToken: TOKEN, accountId: "1", maxResults: 10, nextToken: "page-1" }),
    );
    const [request] = portal.requests;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/assignment/roles");
    expect(request.query).toBe("account_id=1&max_result=10&next_token=page-1");
    expect(output.roleList).toEqual([{ roleName: "Admin", accountId: "1" }]);
    expect(output.nextToken).toBe("page-2");
  });
});

describe("ListAccounts", () => {
  it("sends GET /assignment/accounts and keeps only modeled members", async () => {
    portal.respondWith(
      json(200, {
        accountList: [{ accountId: "1", accountName: "dev", emailAddress: "dev@example.com", status: "ACTIVE" }],
        nextToken: null,
        other: "dropped",
      }),
    );
    const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    const [request] = portal.requests;
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/assignment/accounts");
    expect(Object.keys(output).sort()).toEqual(["$metadata", "accountList"]);
    expect(output.accountList).toEqual([{ accountId: "1", accountName: "dev", emailAddress: "dev@example.com" }]);
  });

  it("sends maxResults 0 and empty strings as they are: the service judges them", async () => {
    await client.send(new ListAccountsCommand({ accessToken: TOKEN, maxResults: 0, nextToken: "" }));
    expect(portal.requests[0].query).toBe("max_result=0&next_token=");
  });

  it("accepts an empty 200 body as an output with only $metadata", async () => {
    portal.respondWith((_req, res) => res.end());
    const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    expect(output).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200, attempts: 1 }) });
  });
});

describe("Logout", () => {
  it("sends POST /logout with content-length 0 and drains the body", async () => {
    portal.respondWith((_req, res) => res.end("some body the client ignores"));
    const output = await client.send(new LogoutCommand({ accessToken: TOKEN }));
    const [request] = portal.requests;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/logout");
    expect(request.headers["content-length"]).toBe("0");
    expect(request.headers["x-amz-sso_bearer_token"]).toBe(TOKEN);
    expect(output).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
  });
});

describe("query encoding (RFC 3986, as the reference client sends it)", () => {
  const cases: Array<[string, string]> = [
    ["a b", "a%20b"],
    ["a+b", "a%2Bb"],
    ["a/b", "a%2Fb"],
    ["a&b=c", "a%26b%3Dc"],
    ["100%", "100%25"],
    ["€ü", "%E2%82%AC%C3%BC"],
    ["it's (ok)*!", "it%27s%20%28ok%29%2A%21"],
    ["~-._", "~-._"],
  ];
  it.each(cases)("encodes %j as %s", async (value, encoded) => {
    await client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: value }));
    expect(portal.requests[0].query).toBe(`account_id=${encoded}`);
  });
});

describe("a command instance", () => {
  it("can be sent twice", async () => {
    const command = new ListAccountsCommand({ accessToken: TOKEN });
    await client.send(command);
    await client.send(command);
    expect(portal.requests).toHaveLength(2);
  });
});

describe("custom endpoint with a base path", () => {
  it("keeps the path prefix", async () => {
    const prefixed = new SSOClient({ region: "us-east-1", endpoint: `${portal.endpoint}/prefix/` });
    await prefixed.send(new ListAccountsCommand({ accessToken: TOKEN }));
    prefixed.destroy();
    expect(portal.requests[0].path).toBe("/prefix/assignment/accounts");
  });
});
