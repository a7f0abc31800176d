// The SSO OIDC operations on the wire: raw HTTP against the emulator, checked against the
// model's shapes and the service's error format.
import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../../src/local-portal/index.js";
import { call } from "../helpers.js";
import { DEVICE_GRANT, manualClock, oidcErrorOf, pollDevice, post, register, send, startDevice } from "./helpers.js";

const SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";
const portals: LocalPortal[] = [];
afterEach(async () => {
  await Promise.all(portals.splice(0).map((portal) => portal.close()));
});

async function portalWith(options: Parameters<typeof createLocalPortal>[0] = {}) {
  const portal = await createLocalPortal(options);
  portals.push(portal);
  return portal;
}

/** A device flow approved by `userId`, answered with its tokens. */
async function signIn(portal: LocalPortal, userId = "alice") {
  const client = await register(portal);
  const device = await startDevice(portal, client);
  portal.approveDevice(device.userCode, userId);
  const response = await pollDevice(portal, client, device.deviceCode);
  expect(response.status).toBe(200);
  return {
    client,
    tokens: response.json as { accessToken: string; refreshToken: string; expiresIn: number; tokenType: string },
  };
}

const refresh = (portal: LocalPortal, client: { clientId: string; clientSecret: string }, refreshToken: string) =>
  post(portal, "/token", {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    grantType: "refresh_token",
    refreshToken,
  });

describe("RegisterClient", () => {
  it("answers a client id and secret with times in epoch seconds", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now });
    const response = await post(portal, "/client/register", {
      clientName: "my-cli",
      clientType: "public",
      scopes: ["sso:account:access"],
      grantTypes: ["authorization_code", "refresh_token"],
      redirectUris: ["http://127.0.0.1:5000/oauth/callback"],
      issuerUrl: "https://identitycenter.amazonaws.com/ssoins-1111111111111111",
    });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(response.json).sort()).toEqual([
      "clientId",
      "clientIdIssuedAt",
      "clientSecret",
      "clientSecretExpiresAt",
    ]);
    expect(response.json.clientIdIssuedAt).toBe(clock.now() / 1000);
    expect(response.json.clientSecretExpiresAt).toBe(clock.now() / 1000 + 90 * 24 * 3600);
    expect(response.json.clientId).not.toBe(response.json.clientSecret);
  });

  it("rejects what the service rejects, in its error format", async () => {
    const portal = await portalWith();
    const cases: Array<[unknown, string, string]> = [
      [{ clientType: "public" }, "InvalidRequestException", "invalid_request"],
      [{ clientName: "x" }, "InvalidRequestException", "invalid_request"],
      [{ clientName: 5, clientType: "public" }, "InvalidRequestException", "invalid_request"],
      [{ clientName: "x", clientType: "confidential" }, "InvalidClientMetadataException", "invalid_client_metadata"],
      [
        { clientName: "x", clientType: "public", grantTypes: ["password"] },
        "UnsupportedGrantTypeException",
        "unsupported_grant_type",
      ],
      [
        { clientName: "x", clientType: "public", redirectUris: ["not a url"] },
        "InvalidRedirectUriException",
        "invalid_redirect_uri",
      ],
    ];
    for (const [body, code, error] of cases) {
      const answer = oidcErrorOf(await post(portal, "/client/register", body));
      expect(answer, JSON.stringify(body)).toMatchObject({ status: 400, code, header: code + SUFFIX, error });
      expect(typeof answer.description).toBe("string");
    }
    const garbage = await send(portal.endpoint, "POST", "/client/register", "{not json", {
      "content-type": "application/json",
    });
    expect(oidcErrorOf(garbage)).toMatchObject({
      status: 400,
      code: "InvalidRequestException",
      error: "invalid_request",
    });
    expect(Object.keys(garbage.json).sort()).toEqual(["error", "error_description"]);
  });
});

describe("StartDeviceAuthorization", () => {
  it("answers codes and a verification URI on this server", async () => {
    const portal = await portalWith();
    const client = await register(portal);
    const device = await startDevice(portal, client);
    expect(device.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(device.verificationUri).toBe(`${portal.endpoint}/device`);
    expect(device.verificationUriComplete).toBe(`${portal.endpoint}/device?user_code=${device.userCode}`);
    expect(device.expiresIn).toBe(600);
    expect(device.interval).toBe(1);
    expect(device.deviceCode.length).toBeGreaterThan(40);
    expect(portal.startUrl).toBe(`${portal.endpoint}/start`);
  });

  it("401 InvalidClientException for a wrong secret or unknown client; 400 for another start URL", async () => {
    const portal = await portalWith();
    const client = await register(portal);
    for (const body of [
      { clientId: client.clientId, clientSecret: "wrong", startUrl: portal.startUrl },
      { clientId: "nobody", clientSecret: client.clientSecret, startUrl: portal.startUrl },
    ]) {
      const answer = oidcErrorOf(await post(portal, "/device_authorization", body));
      expect(answer).toMatchObject({
        status: 401,
        code: "InvalidClientException",
        header: "InvalidClientException" + SUFFIX,
        error: "invalid_client",
      });
    }
    const other = await post(portal, "/device_authorization", {
      ...client,
      startUrl: "https://d-9999999999.awsapps.com/start",
    });
    expect(oidcErrorOf(other)).toMatchObject({ status: 400, code: "InvalidRequestException" });
    expect(oidcErrorOf(other).description).toContain(`this emulator answers for ${portal.endpoint}/start`);
  });

  it("accepts the configured start URLs", async () => {
    const portal = await portalWith({
      startUrls: ["https://d-1111111111.awsapps.com/start", "https://example.com/start"],
    });
    const client = await register(portal);
    expect(portal.startUrl).toBe("https://d-1111111111.awsapps.com/start");
    const ok = await post(portal, "/device_authorization", { ...client, startUrl: "https://example.com/start" });
    expect(ok.status).toBe(200);
  });
});

describe("CreateToken with a device code", () => {
  it("pending until approved, then tokens that work on the portal API of the approving user", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now });
    const client = await register(portal);
    const device = await startDevice(portal, client);
    const pending = oidcErrorOf(await pollDevice(portal, client, device.deviceCode));
    expect(pending).toMatchObject({
      status: 400,
      code: "AuthorizationPendingException",
      header: "AuthorizationPendingException" + SUFFIX,
      error: "authorization_pending",
    });
    clock.advance(1000);
    portal.approveDevice(device.userCode.toLowerCase(), "bob");
    const granted = await pollDevice(portal, client, device.deviceCode);
    expect(granted.status).toBe(200);
    expect(Object.keys(granted.json).sort()).toEqual(["accessToken", "expiresIn", "refreshToken", "tokenType"]);
    expect(granted.json).toMatchObject({ tokenType: "Bearer", expiresIn: 3600 });
    const accounts = await call(portal.endpoint, "/assignment/accounts", { token: granted.json.accessToken });
    expect(accounts.status).toBe(200);
    expect(accounts.json.accountList.map((a: { accountId: string }) => a.accountId)).toEqual(["777788889999"]);
    // A device code works once.
    expect(oidcErrorOf(await pollDevice(portal, client, device.deviceCode))).toMatchObject({
      code: "InvalidGrantException",
      error: "invalid_grant",
    });
  });

  it("slow_down for polls faster than the interval, after forgiving the one immediate second poll", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now, deviceCodeIntervalSeconds: 5 });
    const client = await register(portal);
    const device = await startDevice(portal, client);
    expect(device.interval).toBe(5);
    const codes: Array<string | undefined> = [];
    // Each slow_down adds 5 s to the interval (RFC 8628 §3.5): 5 s, then 10, 15 and 20 s.
    for (const wait of [0, 0, 5000, 0, 9900, 15_000, 14_000]) {
      clock.advance(wait);
      codes.push(oidcErrorOf(await pollDevice(portal, client, device.deviceCode)).code);
    }
    expect(codes).toEqual([
      "AuthorizationPendingException",
      "AuthorizationPendingException",
      "AuthorizationPendingException",
      "SlowDownException",
      "SlowDownException",
      "AuthorizationPendingException",
      "SlowDownException",
    ]);
    clock.advance(15_000); // the interval is now 20 s
    const slow = oidcErrorOf(await pollDevice(portal, client, device.deviceCode));
    expect(slow).toMatchObject({ status: 400, header: "SlowDownException" + SUFFIX, error: "slow_down" });
  });

  it("access_denied after a denial, expired_token after expiresIn", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now, deviceCodeSeconds: 120 });
    const client = await register(portal);
    const denied = await startDevice(portal, client);
    portal.denyDevice(denied.userCode);
    expect(oidcErrorOf(await pollDevice(portal, client, denied.deviceCode))).toMatchObject({
      status: 400,
      code: "AccessDeniedException",
      error: "access_denied",
    });
    const late = await startDevice(portal, client);
    expect(late.expiresIn).toBe(120);
    clock.advance(120_000);
    expect(oidcErrorOf(await pollDevice(portal, client, late.deviceCode))).toMatchObject({
      status: 400,
      code: "ExpiredTokenException",
      header: "ExpiredTokenException" + SUFFIX,
      error: "expired_token",
    });
    expect(() => portal.approveDevice(late.userCode, "alice")).toThrow(/expired/);
  });

  it("invalid_grant for an unknown device code or another client's; invalid_client before anything else", async () => {
    const portal = await portalWith();
    const client = await register(portal);
    const other = await register(portal);
    const device = await startDevice(portal, client);
    expect(oidcErrorOf(await pollDevice(portal, client, "made-up")).code).toBe("InvalidGrantException");
    expect(oidcErrorOf(await pollDevice(portal, other, device.deviceCode)).code).toBe("InvalidGrantException");
    const wrongSecret = await post(portal, "/token", {
      clientId: client.clientId,
      clientSecret: "x",
      grantType: DEVICE_GRANT,
      deviceCode: device.deviceCode,
    });
    expect(oidcErrorOf(wrongSecret)).toMatchObject({
      status: 401,
      code: "InvalidClientException",
      error: "invalid_client",
    });
    const grant = await post(portal, "/token", { ...client, grantType: "client_credentials" });
    expect(oidcErrorOf(grant)).toMatchObject({
      status: 400,
      code: "UnsupportedGrantTypeException",
      error: "unsupported_grant_type",
    });
    const missing = await post(portal, "/token", { ...client, grantType: DEVICE_GRANT });
    expect(oidcErrorOf(missing)).toMatchObject({
      status: 400,
      code: "InvalidRequestException",
      error: "invalid_request",
    });
  });

  it("the approval API refuses unknown users and codes", async () => {
    const portal = await portalWith();
    const device = await startDevice(portal, await register(portal));
    expect(() => portal.approveDevice(device.userCode, "mallory")).toThrow(/no user "mallory"/);
    expect(() => portal.approveDevice("BCDF-GHJK", "alice")).toThrow(/no device authorization/);
    portal.approveDevice(device.userCode, "alice");
    expect(() => portal.denyDevice(device.userCode)).toThrow(/already approved/);
  });

  it("autoApprove signs every device in as that user at once", async () => {
    const portal = await portalWith({ autoApprove: "bob" });
    const client = await register(portal);
    const device = await startDevice(portal, client);
    const granted = await pollDevice(portal, client, device.deviceCode);
    expect(granted.status).toBe(200);
    const roles = await call(portal.endpoint, "/assignment/roles?account_id=777788889999", {
      token: granted.json.accessToken,
    });
    expect(roles.json.roleList).toEqual([{ roleName: "SecurityAudit", accountId: "777788889999" }]);
    await expect(createLocalPortal({ autoApprove: "nobody" })).rejects.toThrow(/no user "nobody"/);
  });
});

describe("CreateToken with a refresh token", () => {
  it("rotates: fresh tokens each time, the used refresh token stops working", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now, accessTokenSeconds: 900, refreshTokenSeconds: 7200 });
    const { client, tokens } = await signIn(portal);
    expect(tokens.expiresIn).toBe(900);
    clock.advance(900_000);
    expect((await call(portal.endpoint, "/assignment/accounts", { token: tokens.accessToken })).status).toBe(401);
    const renewed = await refresh(portal, client, tokens.refreshToken);
    expect(renewed.status).toBe(200);
    expect(renewed.json.refreshToken).not.toBe(tokens.refreshToken);
    expect(renewed.json.accessToken).not.toBe(tokens.accessToken);
    expect((await call(portal.endpoint, "/assignment/accounts", { token: renewed.json.accessToken })).status).toBe(200);
    expect(oidcErrorOf(await refresh(portal, client, tokens.refreshToken))).toMatchObject({
      status: 400,
      code: "InvalidGrantException",
      error: "invalid_grant",
    });
    const other = await register(portal);
    expect(oidcErrorOf(await refresh(portal, other, renewed.json.refreshToken)).code).toBe("InvalidGrantException");
    clock.advance(7200_000);
    expect(oidcErrorOf(await refresh(portal, client, renewed.json.refreshToken)).code).toBe("InvalidGrantException");
  });

  it("Logout and revokeToken end the sign-in: access and refresh tokens both stop working", async () => {
    const portal = await portalWith();
    const first = await signIn(portal);
    const logout = await call(portal.endpoint, "/logout", { method: "POST", token: first.tokens.accessToken });
    expect(logout.status).toBe(200);
    expect((await call(portal.endpoint, "/assignment/accounts", { token: first.tokens.accessToken })).status).toBe(401);
    expect(oidcErrorOf(await refresh(portal, first.client, first.tokens.refreshToken)).code).toBe(
      "InvalidGrantException",
    );

    const second = await signIn(portal);
    const renewed = (await refresh(portal, second.client, second.tokens.refreshToken)).json;
    expect(portal.revokeToken(second.tokens.accessToken)).toBe(true);
    expect((await call(portal.endpoint, "/assignment/accounts", { token: renewed.accessToken })).status).toBe(401);
    expect(oidcErrorOf(await refresh(portal, second.client, renewed.refreshToken)).code).toBe("InvalidGrantException");
  });

  it("401 InvalidClientException once the client secret has expired", async () => {
    const clock = manualClock();
    const portal = await portalWith({ clock: clock.now, clientSecretSeconds: 3600, refreshTokenSeconds: 86_400 });
    const { client, tokens } = await signIn(portal);
    clock.advance(3600_000);
    expect(oidcErrorOf(await refresh(portal, client, tokens.refreshToken))).toMatchObject({
      status: 401,
      code: "InvalidClientException",
      error: "invalid_client",
    });
  });
});

describe("the request log and reset", () => {
  it("names the operations and never holds a secret or token from a body", async () => {
    const portal = await portalWith();
    const { client, tokens } = await signIn(portal);
    const operations = portal.requestLog.map((entry) => entry.operation);
    expect(operations).toEqual(["RegisterClient", "StartDeviceAuthorization", "CreateToken"]);
    expect(portal.stats.byOperation).toMatchObject({ RegisterClient: 1, StartDeviceAuthorization: 1, CreateToken: 1 });
    const logged = JSON.stringify(portal.requestLog);
    for (const secret of [client.clientSecret, tokens.accessToken, tokens.refreshToken])
      expect(logged).not.toContain(secret);
  });

  it("reset() forgets clients and sign-ins", async () => {
    const portal = await portalWith();
    const { client, tokens } = await signIn(portal);
    portal.reset();
    expect((await call(portal.endpoint, "/assignment/accounts", { token: tokens.accessToken })).status).toBe(401);
    expect(oidcErrorOf(await refresh(portal, client, tokens.refreshToken)).code).toBe("InvalidClientException");
  });
});
