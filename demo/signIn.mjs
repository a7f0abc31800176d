// Signing in as a user would: the OIDC device flow against the emulator's sign-in service, the
// token used on the portal and refreshed once, then role credentials through `fromSSO` from a
// throwaway home with a profile and the token cache, as `client-sso login` leaves them.
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { ListAccountsCommand, SSOClient } from "client-sso";
import { fromSSO, tokenFilePath, writeTokenFile } from "client-sso/credentials";
import {
  AuthorizationPendingException,
  CreateTokenCommand,
  InvalidGrantException,
  RegisterClientCommand,
  SSOOIDCClient,
  StartDeviceAuthorizationCommand,
} from "client-sso/oidc";

import { ALICE, DEVELOPMENT_ACCOUNT } from "./fixture.mjs";
import { check, describeError, heading, redact, subheading, table } from "./format.mjs";

const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const SESSION = "demo";
const PROFILE = "demo";
const ROLE = "ReadOnlyAccess";

/** Runs a call expected to fail with `ErrorClass` and returns the error. */
async function failure(call, ErrorClass) {
  try {
    await call();
  } catch (error) {
    check(error instanceof ErrorClass, `expected ${ErrorClass.name}, got ${error?.name}`);
    return error;
  }
  throw new Error(`demo check failed: the call was expected to fail with ${ErrorClass.name}`);
}

const tokenSummary = (token) =>
  `${token.tokenType} token, expires in ${token.expiresIn} s  ` +
  `accessToken=${redact(token.accessToken)}  refreshToken=${redact(token.refreshToken)}`;

async function listAccounts(portal, accessToken) {
  const client = new SSOClient({ region: portal.region, endpoint: portal.endpoint });
  try {
    const { accountList } = await client.send(new ListAccountsCommand({ accessToken }));
    check(accountList.length > 0, "the signed-in user sees no account");
    return `${accountList.length} accounts: ${accountList.map((a) => a.accountName).join(", ")}`;
  } finally {
    client.destroy();
  }
}

/** The device flow: register, start, poll until the user approves. Returns the token and the registration. */
async function deviceFlow(portal, oidc, rows) {
  const registration = await oidc.send(
    new RegisterClientCommand({
      clientName: "client-sso-demo",
      clientType: "public",
      grantTypes: [DEVICE_CODE_GRANT, "refresh_token"],
    }),
  );
  const { clientId, clientSecret } = registration;
  rows.push(["register the demo", "RegisterClient", `clientId=${clientId}  clientSecret=${redact(clientSecret)}`]);

  const device = await oidc.send(
    new StartDeviceAuthorizationCommand({ clientId, clientSecret, startUrl: portal.startUrl }),
  );
  check(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(device.userCode), `the user code is ${device.userCode}`);
  rows.push([
    "start the device authorization",
    "StartDeviceAuthorization",
    `user code ${device.userCode}, expires in ${device.expiresIn} s, poll every ${device.interval} s`,
  ]);
  // What a sign-in tool shows its user; the device code itself is a secret and stays here.
  console.log(`\nTo sign in, open ${device.verificationUriComplete}`);
  console.log(`  (or ${device.verificationUri} and enter the code ${device.userCode})`);

  const poll = () =>
    oidc.send(
      new CreateTokenCommand({ clientId, clientSecret, grantType: DEVICE_CODE_GRANT, deviceCode: device.deviceCode }),
    );
  const pending = await failure(poll, AuthorizationPendingException);
  rows.push(["poll before the user approved", "CreateToken (device_code)", describeError(pending)]);

  // alice, at the approval page the URL opens, picks her name and allows.
  portal.approveDevice(device.userCode, ALICE);
  rows.push([`${ALICE} approves at the verification URL`, "(the approval page)", "allowed"]);

  // RFC 8628: wait `interval` seconds between polls (sooner would be slow_down).
  await sleep(device.interval * 1000);
  const token = await poll();
  check(token.tokenType === "Bearer" && token.accessToken && token.refreshToken, "the approved poll gave no token");
  rows.push([`poll again ${device.interval} s later`, "CreateToken (device_code)", tokenSummary(token)]);
  return { token, registration };
}

/** A profile and the token cache in a temporary home, then `fromSSO` reading them. */
async function roleCredentialsFromSSO(portal, token, registration) {
  const home = await mkdtemp(join(tmpdir(), "client-sso-demo-"));
  try {
    const env = {
      HOME: home,
      AWS_CONFIG_FILE: join(home, ".aws", "config"),
      AWS_ENDPOINT_URL_SSO: portal.endpoint,
      AWS_ENDPOINT_URL_SSO_OIDC: portal.endpoint,
    };
    const config = [
      `[profile ${PROFILE}]`,
      `sso_session = ${SESSION}`,
      `sso_account_id = ${DEVELOPMENT_ACCOUNT}`,
      `sso_role_name = ${ROLE}`,
      "",
      `[sso-session ${SESSION}]`,
      `sso_start_url = ${portal.startUrl}`,
      `sso_region = ${portal.region}`,
      "sso_registration_scopes = sso:account:access",
      "",
    ].join("\n");
    await mkdir(join(home, ".aws"), { recursive: true });
    await writeFile(env.AWS_CONFIG_FILE, config);
    // The token file `client-sso login` (or `aws sso login`) writes: keyed by the SHA-1 of the session name.
    const tokenFile = tokenFilePath(SESSION, env);
    await writeTokenFile(tokenFile, {
      startUrl: portal.startUrl,
      region: portal.region,
      accessToken: token.accessToken,
      expiresAt: new Date(Date.now() + token.expiresIn * 1000),
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      registrationExpiresAt: new Date(registration.clientSecretExpiresAt * 1000),
      refreshToken: token.refreshToken,
    });
    const mode = (await stat(tokenFile)).mode & 0o777;
    check(mode === 0o600, `the token file has mode ${mode.toString(8)}`);

    subheading(`fromSSO({ profile: "${PROFILE}" }) with HOME and AWS_CONFIG_FILE in a temporary directory`);
    console.log(config.replace(/^(?=.)/gm, "  "));
    console.log(`  token cache: ~/.aws/sso/cache/<SHA-1 of "${SESSION}">.json (mode 600)\n`);

    const before = portal.stats.byOperation;
    const credentials = fromSSO({ profile: PROFILE, env });
    const identity = await credentials();
    const again = await credentials();
    const after = portal.stats.byOperation;
    const requests = Object.keys(after)
      .filter((operation) => after[operation] !== (before[operation] ?? 0))
      .map((operation) => `${operation}×${after[operation] - (before[operation] ?? 0)}`);
    // A fresh cached token needs no refresh; the second call is served from memory.
    check(requests.join(" ") === "GetRoleCredentials×1", `fromSSO made ${requests.join(" ") || "no"} requests`);
    check(again === identity, "the second call fetched again instead of using the credentials it holds");
    check(identity.accountId === DEVELOPMENT_ACCOUNT && identity.secretAccessKey, "fromSSO gave no credentials");
    table(
      ["field", "value"],
      [
        ["accountId", identity.accountId],
        ["accessKeyId", identity.accessKeyId],
        ["secretAccessKey", redact(identity.secretAccessKey)],
        ["sessionToken", redact(identity.sessionToken)],
        ["expiration", identity.expiration.toISOString()],
        ["requests", `${requests.join(" ")} (the second call answered from memory)`],
      ],
    );
    return identity;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

export async function showSignIn(portal) {
  heading("5. Signing in: the device flow, a refresh and fromSSO");
  const oidc = new SSOOIDCClient({ region: portal.region, endpoint: portal.endpoint });
  const rows = [];
  try {
    const { token, registration } = await deviceFlow(portal, oidc, rows);
    rows.push(["use the token on the portal", "ListAccounts", await listAccounts(portal, token.accessToken)]);

    const refreshed = await oidc.send(
      new CreateTokenCommand({
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        grantType: "refresh_token",
        refreshToken: token.refreshToken,
      }),
    );
    check(refreshed.accessToken !== token.accessToken, "the refresh gave the same access token");
    check(refreshed.refreshToken !== token.refreshToken, "the refresh kept the same refresh token");
    rows.push(["refresh it", "CreateToken (refresh_token)", tokenSummary(refreshed)]);
    const reused = await failure(
      () =>
        oidc.send(
          new CreateTokenCommand({
            clientId: registration.clientId,
            clientSecret: registration.clientSecret,
            grantType: "refresh_token",
            refreshToken: token.refreshToken,
          }),
        ),
      InvalidGrantException,
    );
    rows.push(["the used refresh token again", "CreateToken (refresh_token)", describeError(reused)]);
    rows.push(["the refreshed token on the portal", "ListAccounts", await listAccounts(portal, refreshed.accessToken)]);

    console.log();
    table(["step", "request", "result"], rows);
    const identity = await roleCredentialsFromSSO(portal, refreshed, registration);
    return { steps: rows.length, role: ROLE, accountId: identity.accountId };
  } finally {
    oidc.destroy();
  }
}
