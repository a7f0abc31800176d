import { withFileLock } from "../../credentials/fileLock.js";
import { tokenCacheKey, tokenFilePath, writeTokenFile } from "../../credentials/tokenCache.js";
import { configuredEndpoint } from "../../oidc/endpoint/configuredEndpoint.js";
import { defaultEndpointResolver } from "../../oidc/endpoint/endpointResolver.js";
import { SSOOIDCClient } from "../../oidc/SSOOIDCClient.js";
import type { CliIo } from "../io.js";
import type { SigninArguments } from "./arguments.js";
import { authorizationCodeFlow } from "./authorizationCodeFlow.js";
import { deviceFlow } from "./deviceFlow.js";
import { openBrowser } from "./openBrowser.js";
import { startCallbackServer, type CallbackServer } from "./callbackServer.js";
import {
  AUTHORIZATION_CODE_GRANTS,
  cachedRegistration,
  DEVICE_GRANTS,
  type Registration,
  registerClient,
} from "./registration.js";
import { resolveTarget, scopesFor } from "./target.js";

/** `client-sso login`: signs in and writes the token file the AWS CLI and SDKs read. */
export async function login(args: SigninArguments, io: CliIo, secrets: string[]): Promise<void> {
  const env = io.env;
  const now = io.now ?? Date.now;
  const target = await resolveTarget(args, env);
  const scopes = scopesFor(target);
  const session = { ...target, scopes };
  const endpoint = args.endpointUrl ?? configuredEndpoint("SSO OIDC", env);
  const client = new SSOOIDCClient({ region: target.region, ...(endpoint !== undefined && { endpoint }) });
  let callback: CallbackServer | undefined;
  try {
    const grants = args.useDeviceCode ? DEVICE_GRANTS : AUTHORIZATION_CODE_GRANTS;
    let registration: Registration | undefined = await cachedRegistration(session, grants, env, now());
    if (!args.useDeviceCode) {
      // The redirect URI is registered with its port: listen on the cached one's port when free.
      const port = registration?.redirectUri ? Number(new URL(registration.redirectUri).port) : undefined;
      callback = await startCallbackServer(port);
      if (registration?.redirectUri !== callback.redirectUri) registration = undefined;
    }
    registration ??= await registerClient(client, session, grants, env, now(), callback?.redirectUri);
    secrets.push(registration.clientSecret);
    const context = {
      client,
      registration,
      startUrl: target.startUrl,
      stderr: io.stderr,
      open: args.noBrowser ? undefined : (url: string) => openBrowser(url, env),
      signal: io.signal,
      secrets,
    };
    const base =
      endpoint ?? defaultEndpointResolver({ Region: target.region, UseFIPS: false, UseDualStack: false }).url.href;
    const token = args.useDeviceCode
      ? await deviceFlow(context)
      : await authorizationCodeFlow({
          ...context,
          authorizeUrl: `${base.replace(/\/$/, "")}/authorize`,
          scopes,
          callback: callback!,
        });
    if (!token.accessToken || typeof token.expiresIn !== "number") {
      throw new Error("CreateToken answered without an access token or its lifetime");
    }
    secrets.push(token.accessToken, ...(token.refreshToken ? [token.refreshToken] : []));
    const path = tokenFilePath(tokenCacheKey(target), env);
    const expiresAt = new Date(now() + token.expiresIn * 1000);
    await withFileLock(path, () =>
      writeTokenFile(path, {
        startUrl: target.startUrl,
        region: target.region,
        accessToken: token.accessToken!,
        expiresAt,
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        registrationExpiresAt: registration.expiresAt,
        refreshToken: token.refreshToken,
      }),
    );
    io.stderr.write(
      `Signed in to ${target.startUrl}; the token is valid until ${expiresAt.toISOString()} (cached in ${path}).\n`,
    );
  } finally {
    callback?.close();
    client.destroy();
  }
}
