// The reference client (@aws-sdk/client-sso, a devDependency) must read the emulator as it reads
// the real service: same outputs, same error classes. Guards the emulator's wire fidelity.
import {
  GetRoleCredentialsCommand,
  InvalidRequestException,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
  SSOServiceException,
  TooManyRequestsException,
  UnauthorizedException,
} from "@aws-sdk/client-sso";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../src/local-portal/index.js";
import { ALICE, DEV_ACCOUNT } from "./helpers.js";

describe("reference client against the local portal", () => {
  let portal: LocalPortal;
  let client: SSOClient;
  beforeAll(async () => {
    portal = await createLocalPortal();
    client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await portal.close();
  });

  it("reads all four operations", async () => {
    const accounts = await client.send(new ListAccountsCommand({ accessToken: ALICE, maxResults: 1 }));
    expect(accounts.accountList).toHaveLength(1);
    const next = await client.send(new ListAccountsCommand({ accessToken: ALICE, nextToken: accounts.nextToken }));
    expect(next.accountList![0].accountName).toBe("Production");
    const roles = await client.send(new ListAccountRolesCommand({ accessToken: ALICE, accountId: DEV_ACCOUNT }));
    expect(roles.roleList).toHaveLength(2);
    // The reference client's query encoding decodes back to the very same role name.
    await expect(
      client.send(
        new GetRoleCredentialsCommand({ accessToken: ALICE, accountId: DEV_ACCOUNT, roleName: "Admin Access+/é" }),
      ),
    ).rejects.toMatchObject({ name: "ForbiddenException" });
    expect(portal.requestLog.at(-1)!.query.role_name).toBe("Admin Access+/é");
    const credentials = await client.send(
      new GetRoleCredentialsCommand({ accessToken: ALICE, accountId: DEV_ACCOUNT, roleName: "ReadOnlyAccess" }),
    );
    expect(credentials.roleCredentials!.expiration).toBeGreaterThan(Date.now());
    const token = portal.issueToken("alice");
    await client.send(new LogoutCommand({ accessToken: token }));
    await expect(client.send(new ListAccountsCommand({ accessToken: token }))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
  });

  it("maps errors to the same classes", async () => {
    await expect(client.send(new ListAccountsCommand({ accessToken: ALICE, maxResults: 101 }))).rejects.toBeInstanceOf(
      InvalidRequestException,
    );
    const forbidden = await client
      .send(new ListAccountRolesCommand({ accessToken: ALICE, accountId: "777788889999" }))
      .catch((error: SSOServiceException) => error);
    expect(forbidden).toBeInstanceOf(SSOServiceException);
    expect(forbidden).toMatchObject({ name: "ForbiddenException", message: "No access" });
    portal.setFaults({ throttle: { requestsPerSecond: 0.01, burst: 0 } });
    await expect(client.send(new ListAccountsCommand({ accessToken: ALICE }))).rejects.toBeInstanceOf(
      TooManyRequestsException,
    );
    portal.setFaults({ throttle: undefined });
  });
});
