import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  type ListAccountsCommandOutput,
  ListAccountsCommand,
  SSO,
  SSOClient,
  UnauthorizedException,
} from "../../src/index.js";
import { json, startCapturingServer, type CapturingServer } from "../support/capturingServer.js";

const TOKEN = "call-style-token";
let portal: CapturingServer;

beforeAll(async () => {
  portal = await startCapturingServer();
  portal.respondWith((request, res) => {
    if (request.headers["x-amz-sso_bearer_token"] !== TOKEN) {
      return json(
        401,
        { message: "Session token not found or invalid" },
        { "x-amzn-errortype": "UnauthorizedException" },
      )(request, res);
    }
    if (request.path === "/federation/credentials") {
      return json(200, { roleCredentials: { accessKeyId: "AKID", expiration: 1 } })(request, res);
    }
    json(200, { accountList: [{ accountId: "111122223333" }] })(request, res);
  });
});
afterAll(() => portal.close());

const callback = <T>() => {
  let settle!: (value: [unknown, T | undefined]) => void;
  const done = new Promise<[unknown, T | undefined]>((resolve) => (settle = resolve));
  return { cb: (err: unknown, data?: T) => settle([err, data]), done };
};

describe("SSOClient.send", () => {
  const client = () => new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1 });

  it("returns a promise (async/await)", async () => {
    const sso = client();
    const output = await sso.send(new ListAccountsCommand({ accessToken: TOKEN }));
    expect(output.accountList).toEqual([{ accountId: "111122223333" }]);
    sso.destroy();
  });

  it("chains with then/catch/finally", async () => {
    const sso = client();
    const events: string[] = [];
    await sso
      .send(new ListAccountsCommand({ accessToken: "wrong" }))
      .then(() => events.push("then"))
      .catch((error: unknown) => events.push(error instanceof UnauthorizedException ? "catch" : "other"))
      .finally(() => events.push("finally"));
    expect(events).toEqual(["catch", "finally"]);
    sso.destroy();
  });

  it("calls back node-style with (err, data): send(command, cb)", async () => {
    const sso = client();
    const { cb, done } = callback<ListAccountsCommandOutput>();
    const returned = sso.send(new ListAccountsCommand({ accessToken: TOKEN }), cb);
    expect(returned).toBeUndefined();
    const [err, data] = await done;
    expect(err).toBeNull();
    expect(data?.accountList?.[0].accountId).toBe("111122223333");
    sso.destroy();
  });

  it("calls back with the error: send(command, options, cb)", async () => {
    const sso = client();
    const { cb, done } = callback<ListAccountsCommandOutput>();
    sso.send(new ListAccountsCommand({ accessToken: "wrong" }), { requestTimeout: 5000 }, cb);
    const [err, data] = await done;
    expect(err).toBeInstanceOf(UnauthorizedException);
    expect(data).toBeUndefined();
    sso.destroy();
  });
});

describe("SSO (v2-style aggregated client)", () => {
  const sso = () => new SSO({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1 });

  it("is an SSOClient with one method per operation", () => {
    const client = sso();
    expect(client).toBeInstanceOf(SSOClient);
    for (const method of ["getRoleCredentials", "listAccountRoles", "listAccounts", "logout"] as const) {
      expect(typeof client[method]).toBe("function");
    }
    client.destroy();
  });

  it("(args) and (args, options) return promises", async () => {
    const client = sso();
    const accounts = await client.listAccounts({ accessToken: TOKEN });
    const credentials = await client.getRoleCredentials(
      { accessToken: TOKEN, roleName: "ReadOnly", accountId: "111122223333" },
      { requestTimeout: 5000 },
    );
    expect(accounts.accountList).toHaveLength(1);
    expect(credentials.roleCredentials).toEqual({ accessKeyId: "AKID", expiration: 1 });
    client.destroy();
  });

  it("(args, cb) and (args, options, cb) call back", async () => {
    const client = sso();
    const first = callback<ListAccountsCommandOutput>();
    client.listAccounts({ accessToken: TOKEN }, first.cb);
    const second = callback<unknown>();
    client.logout({ accessToken: "wrong" }, {}, second.cb);
    const [err1, data1] = await first.done;
    const [err2] = await second.done;
    expect(err1).toBeNull();
    expect(data1?.accountList).toHaveLength(1);
    expect(err2).toBeInstanceOf(UnauthorizedException);
    client.destroy();
  });

  it("rejects a missing required member before sending, in every style", async () => {
    const client = sso();
    const before = portal.requests.length;
    await expect(client.getRoleCredentials({ accessToken: TOKEN, accountId: "1" } as never)).rejects.toThrow(
      /roleName/,
    );
    const { cb, done } = callback<unknown>();
    new SSOClient({ region: "us-east-1", endpoint: portal.endpoint }).send(
      new GetRoleCredentialsCommand({ accessToken: TOKEN, roleName: "r" } as never),
      cb,
    );
    const [err] = await done;
    expect(String(err)).toMatch(/accountId/);
    expect(portal.requests.length).toBe(before);
    client.destroy();
  });
});

describe("client.destroy()", () => {
  it("releases the handler's keep-alive sockets", async () => {
    const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
    await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    const open = () => new Promise<number>((resolve) => portal.server.getConnections((_e, n) => resolve(n)));
    expect(await open()).toBeGreaterThan(0);
    client.destroy();
    for (let i = 0; i < 50 && (await open()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await open()).toBe(0);
  });
});

describe("client.config and initConfig", () => {
  it("keeps the resolved config and the initial config", async () => {
    const client = new SSOClient({ region: "eu-west-1", endpoint: portal.endpoint, maxAttempts: 5 });
    expect(await client.config.region()).toBe("eu-west-1");
    expect(await client.config.maxAttempts()).toBe(5);
    expect(client.initConfig).toMatchObject({ region: "eu-west-1", maxAttempts: 5 });
    expect(client.middlewareStack).toBeDefined();
    client.destroy();
  });
});
