import { createHash } from "node:crypto";
import { join } from "node:path";

import { writeFileAtomic } from "../../credentials/atomicFile.js";
import { type Environment, ssoCacheDirectory } from "../../credentials/paths.js";
import type { SsoSessionSettings } from "../../credentials/ssoProfile.js";
import { formatTime, parseTime } from "../../credentials/tokenCache.js";
import { RegisterClientCommand } from "../../oidc/commands/RegisterClientCommand.js";
import type { SSOOIDCClient } from "../../oidc/SSOOIDCClient.js";
import { MAX_CACHE_FILE_BYTES, readBoundedFile } from "../../util/readBoundedFile.js";

/** A registered OIDC client. */
export interface Registration {
  clientId: string;
  clientSecret: string;
  expiresAt: Date;
  /** The loopback redirect URI registered (authorization-code flow), with its port. */
  redirectUri?: string;
}

/** A registration is reused while it has more than this left (the AWS CLI's margin). */
const REUSE_MARGIN_MS = 15 * 60_000;

export const DEVICE_GRANTS = ["urn:ietf:params:oauth:grant-type:device_code", "refresh_token"];
export const AUTHORIZATION_CODE_GRANTS = ["authorization_code", "refresh_token"];
/** The loopback redirect URI on one port; the port is kept with the registration and reused. */
export const redirectUriFor = (port: number) => `http://127.0.0.1:${port}/oauth/callback`;

/**
 * Where the registration is cached: next to the tokens, named by the SHA-1 of what it was made
 * for, in the members botocore uses for its registration files (clientId, clientSecret,
 * expiresAt, scopes).
 */
const registrationPath = (session: SsoSessionSettings, grantTypes: string[], env: Environment) => {
  const key = JSON.stringify({
    tool: "client-sso",
    startUrl: session.startUrl,
    region: session.region,
    scopes: session.scopes ?? [],
    session_name: session.ssoSession ?? null,
    grantTypes,
  });
  return join(ssoCacheDirectory(env), `${createHash("sha1").update(key).digest("hex")}.json`);
};

/**
 * A registration is reused while it has more than 15 minutes left. Anything else there (no
 * file, a FIFO, a device, a huge or broken file) means registering again.
 */
const readRegistration = (path: string, now: number): Registration | undefined => {
  try {
    const data = JSON.parse(readBoundedFile(path, MAX_CACHE_FILE_BYTES).text) as Record<string, unknown>;
    const expiresAt = parseTime(data.expiresAt);
    if (typeof data.clientId !== "string" || typeof data.clientSecret !== "string" || !expiresAt) return undefined;
    if (expiresAt.getTime() - now <= REUSE_MARGIN_MS) return undefined;
    const redirectUri =
      Array.isArray(data.redirectUris) && typeof data.redirectUris[0] === "string" ? data.redirectUris[0] : undefined;
    return { clientId: data.clientId, clientSecret: data.clientSecret, expiresAt, ...(redirectUri && { redirectUri }) };
  } catch {
    return undefined;
  }
};

/** The cached registration for this session and flow, if one is still usable. */
export const cachedRegistration = (
  session: SsoSessionSettings,
  grantTypes: string[],
  env: Environment,
  now: number,
): Promise<Registration | undefined> =>
  Promise.resolve(readRegistration(registrationPath(session, grantTypes, env), now));

/** A new registration (with `redirectUri` for the authorization-code flow), cached 0600. */
export async function registerClient(
  client: SSOOIDCClient,
  session: SsoSessionSettings,
  grantTypes: string[],
  env: Environment,
  now: number,
  redirectUri?: string,
): Promise<Registration> {
  const path = registrationPath(session, grantTypes, env);
  const output = await client.send(
    new RegisterClientCommand({
      clientName: `client-sso-${session.ssoSession ?? Math.floor(now / 1000)}`,
      clientType: "public",
      scopes: session.scopes,
      grantTypes,
      ...(redirectUri && { redirectUris: [redirectUri], issuerUrl: session.startUrl }),
    }),
  );
  if (!output.clientId || !output.clientSecret || output.clientSecretExpiresAt === undefined) {
    throw new Error("RegisterClient answered without a client ID, secret or expiry");
  }
  const registration = {
    clientId: output.clientId,
    clientSecret: output.clientSecret,
    expiresAt: new Date(output.clientSecretExpiresAt * 1000),
    ...(redirectUri && { redirectUri }),
  };
  await writeFileAtomic(
    path,
    JSON.stringify({
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      expiresAt: formatTime(registration.expiresAt),
      ...(session.scopes && { scopes: session.scopes }),
      grantTypes,
      ...(redirectUri && { redirectUris: [redirectUri] }),
    }),
  );
  return registration;
}
