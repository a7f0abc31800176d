import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
  SSOValidationError,
} from "../../src/index.js";
import { startCapturingServer, type CapturingServer } from "../support/capturingServer.js";

const TOKEN = "validation-secret-token";
let portal: CapturingServer;
let client: SSOClient;

beforeAll(async () => {
  portal = await startCapturingServer();
  client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

const rejected = async (command: object) => {
  const before = portal.requests.length;
  const error = (await client.send(command as never).catch((e: unknown) => e)) as Error;
  expect(error).toBeInstanceOf(Error);
  expect(portal.requests.length).toBe(before);
  return error;
};

describe("required members are checked before anything is sent", () => {
  it.each([
    ["roleName", new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: "1" } as never)],
    ["accountId", new GetRoleCredentialsCommand({ accessToken: TOKEN, roleName: "r" } as never)],
    ["accountId", new ListAccountRolesCommand({ accessToken: TOKEN } as never)],
    ["accessToken", new ListAccountsCommand({} as never)],
    ["accessToken", new LogoutCommand({} as never)],
    ["accessToken", new LogoutCommand(undefined as never)],
    ["accessToken", new ListAccountsCommand(null as never)],
  ])("names the missing %s", async (member, command) => {
    const error = await rejected(command);
    expect(error.name).toBe("ValidationError");
    expect(error.message).toContain(`'${member}'`);
  });
});

describe("wrong types are rejected before sending", () => {
  it("a number where a string is modeled", async () => {
    const error = await rejected(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: 111122223333 } as never));
    expect(error.message).toMatch(/'accountId'.*string, got number/);
  });

  it("a string where an integer is modeled", async () => {
    const error = await rejected(new ListAccountsCommand({ accessToken: TOKEN, maxResults: "10" } as never));
    expect(error.message).toMatch(/'maxResults'.*integer/);
  });
});

describe("the access token never reaches a header it could break", () => {
  it.each([
    ["CR/LF", `${TOKEN}\r\nx-injected: 1`],
    ["non-Latin-1", `${TOKEN}€`],
    ["NUL", `${TOKEN}\u0000`],
  ])("rejects %s without echoing the token", async (_label, accessToken) => {
    const error = await rejected(new ListAccountsCommand({ accessToken }));
    expect(error.message).toContain("'accessToken'");
    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe("SSOValidationError is exported", () => {
  it("every input error is an instance of it, named ValidationError", async () => {
    const error = await rejected(new ListAccountsCommand({} as never));
    expect(error).toBeInstanceOf(SSOValidationError);
    expect(error.name).toBe("ValidationError");
    const tooLong = await rejected(new ListAccountsCommand({ accessToken: TOKEN, nextToken: "n".repeat(9000) }));
    expect(tooLong).toBeInstanceOf(SSOValidationError);
  });
});
