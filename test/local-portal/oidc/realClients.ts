import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LocalPortal } from "../../../src/local-portal/index.js";
import { pollDevice, register, startDevice } from "./helpers.js";

/** A signed-in device flow: the registration and tokens a CLI would keep in its cache. */
export async function signedIn(portal: LocalPortal, userId: string) {
  const client = await register(portal, {
    clientName: "real-client-test",
    scopes: ["sso:account:access"],
    grantTypes: ["refresh_token"],
  });
  const device = await startDevice(portal, client);
  portal.approveDevice(device.userCode, userId);
  const tokens = (await pollDevice(portal, client, device.deviceCode)).json;
  return { client, tokens };
}

export interface SsoHome {
  dir: string;
  configFile: string;
  cacheFile: string;
  readCache(): Record<string, string>;
}

/**
 * A home folder with an `sso-session` profile and the session's cached token, expired, as the
 * AWS CLI v2 leaves it: the cache file is named by the SHA-1 of the session name.
 */
export async function ssoHomeWithExpiredToken(
  portal: LocalPortal,
  options: { userId: string; accountId: string; roleName: string },
): Promise<SsoHome & { refreshToken: string; oldAccessToken: string }> {
  const { client, tokens } = await signedIn(portal, options.userId);
  const dir = mkdtempSync(join(tmpdir(), "local-portal-sso-home-"));
  mkdirSync(join(dir, ".aws/sso/cache"), { recursive: true });
  const configFile = join(dir, ".aws/config");
  writeFileSync(
    configFile,
    [
      "[profile local]",
      "sso_session = local-portal",
      `sso_account_id = ${options.accountId}`,
      `sso_role_name = ${options.roleName}`,
      `region = ${portal.region}`,
      "",
      "[sso-session local-portal]",
      `sso_start_url = ${portal.startUrl}`,
      `sso_region = ${portal.region}`,
      "sso_registration_scopes = sso:account:access",
      "",
    ].join("\n"),
  );
  const cacheFile = join(dir, ".aws/sso/cache", `${createHash("sha1").update("local-portal").digest("hex")}.json`);
  writeFileSync(
    cacheFile,
    JSON.stringify({
      startUrl: portal.startUrl,
      region: portal.region,
      accessToken: tokens.accessToken,
      expiresAt: "2020-01-01T00:00:00Z",
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      registrationExpiresAt: new Date(client.clientSecretExpiresAt * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      refreshToken: tokens.refreshToken,
    }),
  );
  return {
    dir,
    configFile,
    cacheFile,
    refreshToken: tokens.refreshToken,
    oldAccessToken: tokens.accessToken,
    readCache: () => JSON.parse(readFileSync(cacheFile, "utf8")),
  };
}

/** The environment of a real AWS tool pointed at the emulator, with no credentials of the machine's. */
export function awsEnv(portal: LocalPortal, home: SsoHome): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("AWS_")) env[key] = value;
  return {
    ...env,
    HOME: home.dir,
    AWS_CONFIG_FILE: home.configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home.dir, ".aws/credentials"),
    AWS_ENDPOINT_URL_SSO: portal.endpoint,
    AWS_ENDPOINT_URL_SSO_OIDC: portal.endpoint,
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** Runs a command without blocking this process's event loop, where the emulator answers. */
export function runAsync(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
