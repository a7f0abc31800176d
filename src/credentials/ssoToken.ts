import type { SSOOIDCClientConfig } from "../oidc/SSOOIDCClient.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import { LockTimeoutError, withFileLock } from "./fileLock.js";
import type { Environment } from "./paths.js";
import type { SsoSessionSettings } from "./ssoProfile.js";
import {
  readTokenFile,
  type SsoToken,
  TokenFileError,
  tokenCacheKey,
  tokenFilePath,
  writeTokenFile,
} from "./tokenCache.js";

/** A token this close to its expiry is refreshed first (the AWS SDK's window). */
export const REFRESH_WINDOW_MS = 5 * 60_000;

/** Options of {@link getSsoToken}. */
export interface SsoTokenOptions {
  /** The session whose cached token to use. */
  session: SsoSessionSettings;
  /** Ends the "sign in again" hint of every error, e.g. `run "client-sso login --profile dev"`. */
  loginHint: string;
  /** Options of the OIDC client that refreshes (endpoint, request handler, logger...). */
  oidcClientConfig?: SSOOIDCClientConfig;
  /** The environment to read (default `process.env`): `HOME` locates the cache. */
  env?: Environment;
  /** Wall clock, epoch ms. */
  now?: () => number;
}

const needsRefresh = (token: SsoToken, now: number) => token.expiresAt.getTime() - now <= REFRESH_WINDOW_MS;

const canRefresh = (token: SsoToken, now: number) =>
  Boolean(token.refreshToken && token.clientId && token.clientSecret) &&
  (!token.registrationExpiresAt || token.registrationExpiresAt.getTime() > now);

/** One CreateToken with the refresh token; the OIDC client is loaded only when a refresh happens. */
const refresh = async (token: SsoToken, region: string, options: SsoTokenOptions, now: number): Promise<SsoToken> => {
  const [{ SSOOIDCClient }, { CreateTokenCommand }] = await Promise.all([
    import("../oidc/SSOOIDCClient.js"),
    import("../oidc/commands/CreateTokenCommand.js"),
  ]);
  const client = new SSOOIDCClient({ region, ...options.oidcClientConfig });
  try {
    const output = await client.send(
      new CreateTokenCommand({
        clientId: token.clientId,
        clientSecret: token.clientSecret,
        grantType: "refresh_token",
        refreshToken: token.refreshToken,
      }),
    );
    if (!output.accessToken || typeof output.expiresIn !== "number") {
      throw new Error("CreateToken answered without an access token or its lifetime");
    }
    return {
      ...token,
      accessToken: output.accessToken,
      expiresAt: new Date(now + output.expiresIn * 1000),
      // The service may rotate the refresh token: keep the new one when it sends one.
      refreshToken: output.refreshToken ?? token.refreshToken,
    };
  } finally {
    client.destroy();
  }
};

/**
 * The cached SSO token of a session, refreshed through `CreateToken` (grant `refresh_token`)
 * when it is within five minutes of its expiry, as the AWS SDKs do. The refresh holds a lock
 * on the token file and re-reads it first, so of several processes refreshing at once one
 * calls the service and the others take its token; the new token is written atomically (0600).
 * A failed refresh keeps the old token while it is still valid.
 */
export const getSsoToken = async (options: SsoTokenOptions): Promise<SsoToken> => {
  const now = options.now ?? Date.now;
  const { session, loginHint } = options;
  const path = tokenFilePath(tokenCacheKey(session), options.env);
  const read = async () => {
    try {
      return await readTokenFile(path);
    } catch (error) {
      if (error instanceof TokenFileError) {
        throw new CredentialsProviderError(
          error.reason === "missing"
            ? `no cached SSO token for ${describe(session)}; ${loginHint}`
            : `${error.message}; ${loginHint}`,
        );
      }
      throw error;
    }
  };
  const cached = await read();
  if (!needsRefresh(cached, now())) return cached;
  if (!canRefresh(cached, now())) return stillValidOrThrow(cached, now(), loginHint, "it cannot be refreshed");
  const underLock = withFileLock(path, async () => {
    // Another process may have refreshed while this one waited for the lock.
    const current = await read();
    if (!needsRefresh(current, now())) return current;
    if (!canRefresh(current, now())) return stillValidOrThrow(current, now(), loginHint, "it cannot be refreshed");
    let refreshed: SsoToken;
    try {
      refreshed = await refresh(current, current.region ?? session.region, options, now());
    } catch (error) {
      return stillValidOrThrow(current, now(), loginHint, `the refresh failed (${reason(error)})`);
    }
    await writeTokenFile(path, refreshed);
    return refreshed;
  });
  return underLock.catch((error) => {
    if (error instanceof LockTimeoutError)
      return stillValidOrThrow(cached, now(), loginHint, "another process is still refreshing it");
    throw error;
  });
};

const describe = (session: SsoSessionSettings) =>
  session.ssoSession ? `sso-session "${session.ssoSession}"` : `start URL ${session.startUrl}`;

/** An error's name only, or its message when it has no name: never anything the response held. */
const reason = (error: unknown): string => {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  return name && name !== "Error" ? name : String(message ?? error).split("\n")[0];
};

const stillValidOrThrow = (token: SsoToken, now: number, loginHint: string, why: string): SsoToken => {
  if (token.expiresAt.getTime() > now) return token;
  throw new CredentialsProviderError(
    `the cached SSO token expired at ${token.expiresAt.toISOString()} and ${why}; ${loginHint}`,
  );
};
