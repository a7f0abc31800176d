import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GetRoleCredentialsCommand,
  InvalidRequestException,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  ResourceNotFoundException,
  SSOClient,
  SSOServiceException,
  TooManyRequestsException,
  UnauthorizedException,
} from "../../src/index.js";
import {
  type LocalPortal,
  type LocalPortalOptions,
  createLocalPortal,
  generateFixture,
} from "../../src/local-portal/index.js";

const TOKEN = "generated-token-1";
const ACCOUNT = "100000000001";

const portals: LocalPortal[] = [];
const clients: SSOClient[] = [];
async function setup(options: LocalPortalOptions = {}, maxAttempts = 1) {
  const portal = await createLocalPortal({
    fixtures: generateFixture({ accounts: 45, rolesPerAccount: 3 }),
    ...options,
  });
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts });
  portals.push(portal);
  clients.push(client);
  return { portal, client };
}
afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(portals.map((portal) => portal.close()));
});

/** The rejection of a promise, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("SSOClient against the local portal", () => {
  let portal: LocalPortal;
  let client: SSOClient;
  beforeAll(async () => {
    ({ portal, client } = await setup());
  });

  it("ListAccounts: walks every page with nextToken", async () => {
    const ids: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN, maxResults: 20, nextToken }));
      ids.push(...output.accountList!.map((account) => account.accountId!));
      nextToken = output.nextToken;
      pages += 1;
    } while (nextToken);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(45);
  });

  it("ListAccountRoles: lists the roles of one account", async () => {
    const output = await client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: ACCOUNT }));
    expect(output.roleList).toEqual([
      { roleName: "AdministratorAccess", accountId: ACCOUNT },
      { roleName: "ReadOnlyAccess", accountId: ACCOUNT },
      { roleName: "PowerUserAccess", accountId: ACCOUNT },
    ]);
    expect(output.nextToken).toBeUndefined();
  });

  it("GetRoleCredentials: fresh credentials, expiration in epoch ms, request id in $metadata", async () => {
    const output = await client.send(
      new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: ACCOUNT, roleName: "ReadOnlyAccess" }),
    );
    const credentials = output.roleCredentials!;
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(credentials.expiration).toBeGreaterThan(Date.now() + 3500_000);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toBe(portal.requestLog.at(-1)!.requestId);
    expect(portal.requestLog.at(-1)!.query).toEqual({ account_id: ACCOUNT, role_name: "ReadOnlyAccess" });
  });

  it("Logout: succeeds, then the token raises UnauthorizedException", async () => {
    const accessToken = portal.issueToken("user-1");
    const output = await client.send(new LogoutCommand({ accessToken }));
    expect(output.$metadata.httpStatusCode).toBe(200);
    const error = await rejection(client.send(new ListAccountsCommand({ accessToken })));
    expect(error).toBeInstanceOf(UnauthorizedException);
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error.name).toBe("UnauthorizedException");
    expect(error.message).toBe("Session token not found or invalid");
    expect(error.$metadata.httpStatusCode).toBe(401);
    expect(error.$metadata.requestId).toBe(portal.requestLog.at(-1)!.requestId);
  });

  it("InvalidRequestException for a forged nextToken", async () => {
    const error = await rejection(client.send(new ListAccountsCommand({ accessToken: TOKEN, nextToken: "forged" })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it("an unassigned role: the service's unmodeled ForbiddenException, as a generic service exception", async () => {
    const error = await rejection(
      client.send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: "999999999999", roleName: "Nope" })),
    );
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error.name).toBe("ForbiddenException");
    expect(error.message).toBe("No access");
    expect(error.$metadata.httpStatusCode).toBe(403);
  });
});

describe("SSOClient error classes and retries", () => {
  it("ResourceNotFoundException when the portal answers the modeled 404", async () => {
    const { client } = await setup({ noAccessError: "ResourceNotFoundException" });
    const error = await rejection(
      client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: "999999999999" })),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it("TooManyRequestsException when throttled", async () => {
    const { client } = await setup({ throttle: { requestsPerSecond: 0.01, burst: 1 } });
    await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    const error = await rejection(client.send(new ListAccountsCommand({ accessToken: TOKEN })));
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect(error.message).toBe("Rate exceeded");
  });

  it("retries injected 5xx failures and succeeds", async () => {
    let seen = 0;
    const { portal, client } = await setup(
      {
        failureRate: 1,
        // Fail the first two attempts only.
        onRequest: () => {
          seen += 1;
          if (seen === 2) portal.setFaults({ failureRate: 0 });
        },
      },
      3,
    );
    const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    expect(output.accountList).toHaveLength(20);
    expect(output.$metadata.attempts).toBe(3);
    const log = portal.requestLog;
    expect(log.map((entry) => entry.status).slice(2)).toEqual([200]);
    expect(log.slice(0, 2).every((entry) => entry.status >= 500)).toBe(true);
    const invocationIds = new Set(log.map((entry) => entry.headers["amz-sdk-invocation-id"]));
    expect(invocationIds.size).toBe(1);
  });
});
