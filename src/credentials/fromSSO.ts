import type { AwsCredentialIdentityProvider, Logger } from "@smithy/types";

import { configuredEndpoint } from "../oidc/endpoint/configuredEndpoint.js";
import type { SSOOIDCClientConfig } from "../oidc/SSOOIDCClient.js";
import type { SSOClientConfig } from "../SSOClient.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import type { Environment } from "./paths.js";
import { getRoleCredentials, type RoleCredentialIdentity } from "./roleCredentials.js";
import { getSsoToken } from "./ssoToken.js";
import {
  loginHint,
  readConfigSections,
  readSsoProfile,
  sessionFromSections,
  type SsoProfileSettings,
} from "./ssoProfile.js";

/** Options of {@link fromSSO}; with none, the `AWS_PROFILE` (or `default`) profile is read. */
export interface FromSSOInit {
  /** The shared config profile, instead of `AWS_PROFILE` / `default`. */
  profile?: string;
  /** An `[sso-session NAME]` of the config file, with `ssoAccountId` and `ssoRoleName`. */
  ssoSession?: string;
  /** The account (instead of the profile's `sso_account_id`). */
  ssoAccountId?: string;
  /** The role (instead of the profile's `sso_role_name`). */
  ssoRoleName?: string;
  /** With `ssoRegion`, `ssoAccountId` and `ssoRoleName`: no config file is read (a legacy, start-URL keyed token). */
  ssoStartUrl?: string;
  /** The IAM Identity Center region. */
  ssoRegion?: string;
  /** Options of the portal client that gets the role credentials (endpoint, request handler...). */
  clientConfig?: SSOClientConfig;
  /** Options of the OIDC client that refreshes the token. */
  oidcClientConfig?: SSOOIDCClientConfig;
  /** Told when credentials are fetched. */
  logger?: Logger;
  /** The environment to read (default `process.env`). */
  env?: Environment;
}

/** Credentials this close to their expiry are fetched again. */
const CREDENTIALS_WINDOW_MS = 5 * 60_000;

const resolveTarget = async (init: FromSSOInit, env: Environment): Promise<SsoProfileSettings> => {
  const { ssoStartUrl, ssoRegion, ssoAccountId, ssoRoleName, ssoSession } = init;
  if (ssoSession && !init.profile) {
    const { sections, path } = await readConfigSections(env);
    return {
      profile: "",
      ...sessionFromSections(sections, ssoSession, path),
      accountId: ssoAccountId,
      roleName: ssoRoleName,
    };
  }
  if (ssoStartUrl && ssoRegion && !init.profile) {
    return { profile: "", startUrl: ssoStartUrl, region: ssoRegion, accountId: ssoAccountId, roleName: ssoRoleName };
  }
  const profile = await readSsoProfile(init.profile, env);
  return { ...profile, accountId: ssoAccountId ?? profile.accountId, roleName: ssoRoleName ?? profile.roleName };
};

/**
 * Credentials from AWS IAM Identity Center, usable as `credentials` of any AWS SDK for
 * JavaScript v3 client: the profile's cached SSO token (from `client-sso login` or
 * `aws sso login`, refreshed when due) exchanged for the role's credentials with
 * `GetRoleCredentials`. They are kept in memory until five minutes before they expire. Nothing
 * is read or loaded until the provider is first called.
 *
 * @example
 * ```ts
 * import { fromSSO } from "client-sso/credentials";
 * const credentials = fromSSO({ profile: "dev" });
 * const { accessKeyId, expiration } = await credentials();
 * ```
 */
export const fromSSO = (init: FromSSOInit = {}): AwsCredentialIdentityProvider => {
  let cached: RoleCredentialIdentity | undefined;
  let pending: Promise<RoleCredentialIdentity> | undefined;
  const fetch = async (): Promise<RoleCredentialIdentity> => {
    const env = init.env ?? process.env;
    const target = await resolveTarget(init, env);
    const hint = loginHint(target.profile ? { profile: target.profile } : { ssoSession: target.ssoSession });
    const where = target.profile ? `profile "${target.profile}"` : "the given SSO settings";
    if (!target.accountId) throw new CredentialsProviderError(`${where} has no sso_account_id`);
    if (!target.roleName) throw new CredentialsProviderError(`${where} has no sso_role_name`);
    const oidcEndpoint = configuredEndpoint("SSO OIDC", env);
    const oidcClientConfig = {
      ...(oidcEndpoint !== undefined && { endpoint: oidcEndpoint }),
      ...init.oidcClientConfig,
    };
    const token = await getSsoToken({ session: target, loginHint: hint, oidcClientConfig, env });
    init.logger?.debug?.(
      `client-sso/credentials: getting credentials of role ${target.roleName} in account ${target.accountId}`,
    );
    return getRoleCredentials(
      { accessToken: token.accessToken, accountId: target.accountId, roleName: target.roleName, region: target.region },
      init.clientConfig,
      hint,
      env,
    );
  };
  return async () => {
    if (cached && cached.expiration.getTime() - Date.now() > CREDENTIALS_WINDOW_MS) return cached;
    // Concurrent callers share one fetch.
    pending ??= fetch().finally(() => (pending = undefined));
    cached = await pending;
    return cached;
  };
};
