// Users' test tools: aws-sdk-client-mock's mockClient() stubs our SSOClient's send() the way it
// does the original's, and restore() gives the real client back. Its typings against ours (this
// file, strict) are checked by `npm run typecheck`, which type-checks test/ against the build.
import { join } from "node:path";

import { mockClient } from "aws-sdk-client-mock";
import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  SSO,
  SSOClient,
  UnauthorizedException,
} from "client-sso";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { assertBuilt, fixturesDir } from "./helpers.js";

describe("aws-sdk-client-mock", () => {
  let portal: LocalPortal;
  const ssoMock = mockClient(SSOClient);

  beforeAll(async () => {
    assertBuilt();
    portal = await createLocalPortal({ fixtures: join(fixturesDir, "portal.json") });
  });

  afterEach(() => ssoMock.reset());

  afterAll(async () => {
    await portal?.close();
  });

  it("answers .on(ListAccountsCommand).resolves(…) without any HTTP", async () => {
    ssoMock.on(ListAccountsCommand).resolves({ accountList: [{ accountId: "999988887777", accountName: "Mocked" }] });
    const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });

    const output = await client.send(new ListAccountsCommand({ accessToken: "any-token" }));

    expect(output.accountList).toEqual([{ accountId: "999988887777", accountName: "Mocked" }]);
    expect(portal.requestLog).toEqual([]);
  });

  it("matches on input and .rejects(…) with the service's typed exception", async () => {
    ssoMock
      .on(GetRoleCredentialsCommand)
      .resolves({ roleCredentials: { accessKeyId: "ASIAMOCKED", expiration: 0 } })
      .on(GetRoleCredentialsCommand, { roleName: "Admin" })
      .rejects(
        new UnauthorizedException({
          message: "Session token not found or invalid",
          $metadata: { httpStatusCode: 401 },
        }),
      );
    const client = new SSOClient({ region: "us-east-1" });

    const allowed = await client.send(
      new GetRoleCredentialsCommand({ accessToken: "t", accountId: "111122223333", roleName: "ReadOnly" }),
    );
    expect(allowed.roleCredentials?.accessKeyId).toBe("ASIAMOCKED");

    const denied = client.send(
      new GetRoleCredentialsCommand({ accessToken: "t", accountId: "111122223333", roleName: "Admin" }),
    );
    await expect(denied).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(denied).rejects.toMatchObject({
      name: "UnauthorizedException",
      $fault: "client",
      $metadata: { httpStatusCode: 401 },
    });
  });

  it("records commandCalls(…), for the aggregated SSO client too", async () => {
    ssoMock.on(ListAccountRolesCommand).resolves({ roleList: [{ accountId: "111122223333", roleName: "ReadOnly" }] });
    ssoMock.on(ListAccountsCommand).rejects("portal unavailable");

    const aggregated = new SSO({ region: "eu-west-1" });
    const roles = await aggregated.listAccountRoles({ accessToken: "t", accountId: "111122223333" });
    await expect(aggregated.listAccounts({ accessToken: "t", maxResults: 5 })).rejects.toThrow("portal unavailable");

    expect(roles.roleList).toEqual([{ accountId: "111122223333", roleName: "ReadOnly" }]);
    expect(ssoMock.commandCalls(ListAccountRolesCommand).map((call) => call.args[0].input)).toEqual([
      { accessToken: "t", accountId: "111122223333" },
    ]);
    const listCalls = ssoMock.commandCalls(ListAccountsCommand, { maxResults: 5 });
    expect(listCalls).toHaveLength(1);
    expect(listCalls[0].args[0]).toBeInstanceOf(ListAccountsCommand);
    expect(ssoMock.calls()).toHaveLength(2);
  });

  it("after restore(), the same client class talks to the emulator again", async () => {
    ssoMock.restore();
    const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
    const output = await client.send(new ListAccountsCommand({ accessToken: "ecosystem-token" }));
    expect(output.accountList?.map((account) => account.accountId)).toEqual(["111122223333", "444455556666"]);
    client.destroy();
  });
});
