// Our own portal client with tokens from the emulator's sign-in: the token works for the
// approving user, expires with the clock, and LogoutCommand ends the sign-in.
import { afterEach, describe, expect, it } from "vitest";
import {
  GetRoleCredentialsCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSOClient,
  UnauthorizedException,
  paginateListAccountRoles,
} from "../../../src/index.js";
import { type LocalPortal, createLocalPortal } from "../../../src/local-portal/index.js";
import { manualClock, oidcErrorOf, post } from "./helpers.js";
import { signedIn } from "./realClients.js";

const opened: Array<{ portal: LocalPortal; client: SSOClient }> = [];
afterEach(async () => {
  for (const { portal, client } of opened.splice(0)) {
    client.destroy();
    await portal.close();
  }
});

async function setup(options: Parameters<typeof createLocalPortal>[0] = {}) {
  const portal = await createLocalPortal(options);
  const client = new SSOClient({ region: portal.region, endpoint: portal.endpoint, maxAttempts: 1 });
  opened.push({ portal, client });
  return { portal, client };
}

describe("SSOClient with a token from the emulator's sign-in", () => {
  it("lists the approving user's accounts and roles and gets role credentials", async () => {
    const { portal, client } = await setup({ credentialDurationSeconds: 900 });
    const { tokens } = await signedIn(portal, "alice");
    const accounts = await client.send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    expect(accounts.accountList?.map((account) => account.accountName)).toEqual(["Development", "Production"]);
    const roles: string[] = [];
    for await (const page of paginateListAccountRoles(
      { client },
      { accessToken: tokens.accessToken, accountId: "111122223333" },
    )) {
      roles.push(...(page.roleList ?? []).map((role) => role.roleName!));
    }
    expect(roles).toEqual(["AdministratorAccess", "ReadOnlyAccess"]);
    const { roleCredentials } = await client.send(
      new GetRoleCredentialsCommand({
        accessToken: tokens.accessToken,
        accountId: "111122223333",
        roleName: "ReadOnlyAccess",
      }),
    );
    expect(roleCredentials?.accessKeyId).toMatch(/^ASIA/);
  });

  it("the token stops at its lifetime; a refreshed one works again", async () => {
    const clock = manualClock();
    const { portal, client } = await setup({ clock: clock.now, accessTokenSeconds: 60 });
    const { client: registration, tokens } = await signedIn(portal, "bob");
    clock.advance(60_000);
    await expect(client.send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
    const renewed = await post(portal, "/token", {
      ...registration,
      grantType: "refresh_token",
      refreshToken: tokens.refreshToken,
    });
    const accounts = await client.send(new ListAccountsCommand({ accessToken: renewed.json.accessToken }));
    expect(accounts.accountList?.map((account) => account.accountId)).toEqual(["777788889999"]);
  });

  it("LogoutCommand ends the sign-in: the token gets 401 and the refresh token invalid_grant", async () => {
    const { portal, client } = await setup();
    const { client: registration, tokens } = await signedIn(portal, "alice");
    await client.send(new LogoutCommand({ accessToken: tokens.accessToken }));
    await expect(client.send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
    const refreshed = await post(portal, "/token", {
      ...registration,
      grantType: "refresh_token",
      refreshToken: tokens.refreshToken,
    });
    expect(oidcErrorOf(refreshed)).toMatchObject({
      status: 400,
      code: "InvalidGrantException",
      error: "invalid_grant",
    });
  });
});
