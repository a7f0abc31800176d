// Bad input never reaches the wire: every check fails before the request is sent, with a
// ValidationError that names the member and the shape, and never carries the access token.
import { inspect } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  paginateListAccounts,
  SSO,
  SSOClient,
} from "../../src/index.js";
import { MAX_STRING_MEMBER_BYTES } from "../../src/protocols/validate.js";
import { reply, startScriptedServer, type ScriptedServer } from "../conformance/server.js";

const TOKEN = "aoaBadInputSecretToken-0123456789";
const ACCOUNT = "111122223333";

let server: ScriptedServer;
let client: SSOClient;
beforeAll(async () => {
  server = await startScriptedServer();
  client = new SSOClient({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

const COMMANDS = {
  GetRoleCredentials: (input: object) => new GetRoleCredentialsCommand(input as never),
  ListAccountRoles: (input: object) => new ListAccountRolesCommand(input as never),
  ListAccounts: (input: object) => new ListAccountsCommand(input as never),
  Logout: (input: object) => new LogoutCommand(input as never),
};
type Operation = keyof typeof COMMANDS;
const VALID: Record<Operation, Record<string, unknown>> = {
  GetRoleCredentials: { accessToken: TOKEN, accountId: ACCOUNT, roleName: "ReadOnly" },
  ListAccountRoles: { accessToken: TOKEN, accountId: ACCOUNT, maxResults: 10, nextToken: "n" },
  ListAccounts: { accessToken: TOKEN, maxResults: 10, nextToken: "n" },
  Logout: { accessToken: TOKEN },
};
const STRING_MEMBERS: Record<Operation, string[]> = {
  GetRoleCredentials: ["accessToken", "accountId", "roleName"],
  ListAccountRoles: ["accessToken", "accountId", "nextToken"],
  ListAccounts: ["accessToken", "nextToken"],
  Logout: ["accessToken"],
};
const REQUIRED: Record<Operation, string[]> = {
  GetRoleCredentials: ["accessToken", "accountId", "roleName"],
  ListAccountRoles: ["accessToken", "accountId"],
  ListAccounts: ["accessToken"],
  Logout: ["accessToken"],
};
const OPERATIONS = Object.keys(COMMANDS) as Operation[];

/** Sends, expects a ValidationError with nothing on the wire, and checks the token is nowhere in it. */
const rejected = async (command: unknown): Promise<Error> => {
  server.script([reply(200, {})]);
  const error = (await client.send(command as never).then(
    () => expect.unreachable("bad input was sent"),
    (e: unknown) => e,
  )) as Error;
  expect(server.requests).toHaveLength(0);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("ValidationError");
  for (const text of [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 5 })]) {
    expect(text).not.toContain(TOKEN);
  }
  return error;
};

const withMember = (operation: Operation, member: string, value: unknown) => ({ ...VALID[operation], [member]: value });

describe("the valid inputs used below are sent", () => {
  it.each(OPERATIONS)("%s", async (operation) => {
    server.script([reply(200, {})]);
    await client.send(COMMANDS[operation](VALID[operation]) as never);
    expect(server.requests).toHaveLength(1);
  });
});

describe("missing required members", () => {
  const cases = OPERATIONS.flatMap((operation) =>
    REQUIRED[operation].flatMap((member) => [
      [operation, member, undefined] as const,
      [operation, member, null] as const,
    ]),
  );
  it.each(cases)("%s without %s (%s)", async (operation, member, value) => {
    const input: Record<string, unknown> = withMember(operation, member, value);
    if (value === undefined) delete input[member];
    const error = await rejected(COMMANDS[operation](input));
    expect(error.message).toBe(`Missing required member '${member}' in ${operation}Request.`);
  });
});

describe("wrong types", () => {
  const wrongStrings: [string, unknown][] = [
    ["number", 111122223333],
    ["boolean", true],
    ["object", { toString: () => TOKEN }],
    ["array", [TOKEN]],
    ["bigint", 10n],
  ];
  const stringCases = OPERATIONS.flatMap((operation) =>
    STRING_MEMBERS[operation].flatMap((member) =>
      wrongStrings.map(([label, value]) => [operation, member, label, value] as const),
    ),
  );
  it.each(stringCases)("%s.%s as a %s", async (operation, member, label, value) => {
    const error = await rejected(COMMANDS[operation](withMember(operation, member, value)));
    expect(error.message).toBe(
      `Member '${member}' in ${operation}Request must be a string, got ${label === "bigint" ? "bigint" : label}.`,
    );
  });

  const wrongIntegers: [string, unknown][] = [
    ["string", "10"],
    ["number", 1.5],
    ["number", Number.NaN],
    ["number", Number.POSITIVE_INFINITY],
    ["boolean", false],
  ];
  const integerCases = (["ListAccounts", "ListAccountRoles"] as const).flatMap((operation) =>
    wrongIntegers.map(([label, value]) => [operation, label, value] as const),
  );
  it.each(integerCases)("%s.maxResults as a %s (%s)", async (operation, label, value) => {
    const error = await rejected(COMMANDS[operation](withMember(operation, "maxResults", value)));
    expect(error.message).toBe(`Member 'maxResults' in ${operation}Request must be an integer, got ${label}.`);
  });
});

describe("characters a header cannot carry in accessToken", () => {
  const bad: [string, string][] = [
    ["CR/LF (header injection)", `${TOKEN}\r\nx-injected: yes`],
    ["LF", `${TOKEN}\nx`],
    ["NUL", `${TOKEN}\u0000`],
    ["DEL", `${TOKEN}\u007f`],
    ["euro sign (outside Latin-1)", `${TOKEN}€`],
    ["emoji", `${TOKEN}😀`],
    ["a lone surrogate", `${TOKEN}\ud800`],
  ];
  const cases = OPERATIONS.flatMap((operation) => bad.map(([label, value]) => [operation, label, value] as const));
  it.each(cases)("%s: %s", async (operation, _label, accessToken) => {
    const error = await rejected(COMMANDS[operation](withMember(operation, "accessToken", accessToken)));
    expect(error.message).toBe(
      `Member 'accessToken' in ${operation}Request contains characters that cannot be sent in an HTTP header (control characters or characters outside Latin-1).`,
    );
  });

  it("Latin-1 and a tab are sent as they are", async () => {
    server.script([reply(200, {})]);
    await client.send(new ListAccountsCommand({ accessToken: `${TOKEN}\té` }));
    expect(server.requests).toHaveLength(1);
    expect(
      Buffer.from(server.requests[0].headers["x-amz-sso_bearer_token"] as string, "latin1").toString("latin1"),
    ).toBe(`${TOKEN}\té`);
  });
});

describe(`huge strings: no member over ${MAX_STRING_MEMBER_BYTES} bytes (8 KiB)`, () => {
  const cases = OPERATIONS.flatMap((operation) =>
    STRING_MEMBERS[operation].map((member) => [operation, member] as const),
  );
  it.each(cases)("%s.%s of 10 MB", async (operation, member) => {
    const huge = member === "accessToken" ? TOKEN + "x".repeat(10 * 1024 * 1024) : "x".repeat(10 * 1024 * 1024);
    const error = await rejected(COMMANDS[operation](withMember(operation, member, huge)));
    const where = member === "accessToken" ? "headers" : "URL";
    expect(error.message).toBe(
      `Member '${member}' in ${operation}Request is too long: more than 8192 bytes (8 KiB) in the request's ${where}.`,
    );
    expect(error.message.length).toBeLessThan(200);
  });

  // The limit counts the bytes as sent: percent-encoded in the query (an unreserved character is 1
  // byte, another ASCII one 3, a two-byte UTF-8 character 6, …), as is in the header.
  it.each([
    ["8,192 unreserved characters", "n".repeat(8192), true],
    ["8,193 unreserved characters", "n".repeat(8193), false],
    ["2,730 spaces (8,190 bytes as %20)", " ".repeat(2730), true],
    ["2,731 spaces (8,193 bytes)", " ".repeat(2731), false],
    ["1,365 two-byte characters (8,190 bytes)", "é".repeat(1365), true],
    ["1,366 two-byte characters (8,196 bytes)", "é".repeat(1366), false],
    ["910 three-byte characters (8,190 bytes)", "€".repeat(910), true],
    ["911 three-byte characters (8,199 bytes)", "€".repeat(911), false],
    ["682 emoji (8,184 bytes)", "😀".repeat(682), true],
    ["683 emoji (8,196 bytes)", "😀".repeat(683), false],
  ] as const)("nextToken of %s", async (_label, nextToken, sent) => {
    if (!sent) {
      const error = await rejected(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: ACCOUNT, nextToken }));
      expect(error.message).toBe(
        "Member 'nextToken' in ListAccountRolesRequest is too long: more than 8192 bytes (8 KiB) in the request's URL.",
      );
      return;
    }
    server.script([reply(200, {})]);
    await client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: ACCOUNT, nextToken }));
    expect(server.requests).toHaveLength(1);
    expect(new URLSearchParams(server.requests[0].query).get("next_token")).toBe(nextToken);
  });

  it("an access token of 8,192 bytes is sent, one byte more is not", async () => {
    server.script([reply(200, {})]);
    await client.send(new LogoutCommand({ accessToken: "t".repeat(8192) }));
    expect(server.requests).toHaveLength(1);
    const error = await rejected(new LogoutCommand({ accessToken: "t".repeat(8193) }));
    expect(error.message).toContain("'accessToken' in LogoutRequest is too long");
  });
});

describe("every call style reports bad input the same way", () => {
  it("a callback gets the ValidationError", async () => {
    server.script([reply(200, {})]);
    const error = await new Promise<unknown>((resolve) => {
      client.send(new ListAccountsCommand({ accessToken: `${TOKEN}\r\n` }), (err: unknown) => resolve(err));
    });
    expect(error).toMatchObject({ name: "ValidationError" });
    expect(server.requests).toHaveLength(0);
  });

  it("the v2-style SSO client and a paginator reject too", async () => {
    const sso = new SSO({ region: "us-east-1", endpoint: server.endpoint, maxAttempts: 1 });
    try {
      server.script([reply(200, {})]);
      await expect(sso.getRoleCredentials({ accessToken: TOKEN, accountId: ACCOUNT } as never)).rejects.toMatchObject({
        name: "ValidationError",
        message: expect.stringContaining("'roleName'"),
      });
      const pages = paginateListAccounts({ client: sso }, { accessToken: TOKEN, nextToken: "x".repeat(9000) });
      await expect(pages.next()).rejects.toMatchObject({ name: "ValidationError" });
      expect(server.requests).toHaveLength(0);
    } finally {
      sso.destroy();
    }
  });

  it("the client still works after rejecting bad input", async () => {
    await rejected(new LogoutCommand({} as never));
    server.script([reply(200, { accountList: [{ accountId: ACCOUNT }] })]);
    const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    expect(output.accountList).toEqual([{ accountId: ACCOUNT }]);
  });
});
