import { existsSync } from "node:fs";

import { CredentialsProviderError } from "../../credentials/CredentialsProviderError.js";
import { getRoleCredentials } from "../../credentials/roleCredentials.js";
import { getSsoToken } from "../../credentials/ssoToken.js";
import { tokenCacheKey, tokenFilePath } from "../../credentials/tokenCache.js";
import { configuredEndpoint } from "../../oidc/endpoint/configuredEndpoint.js";
import { CliError, usageError } from "../../util/args/index.js";
import type { CliIo } from "../io.js";
import type { SigninArguments } from "./arguments.js";
import {
  type ProcessCredentials,
  readCachedCredentials,
  removeCachedCredentials,
  writeCachedCredentials,
} from "./credentialsCache.js";
import { resolveTarget } from "./target.js";

/**
 * `client-sso credentials --profile P`: the role credentials as `credential_process` JSON on
 * stdout, from the local cache while they last, else from the portal with the cached token.
 */
export async function credentials(args: SigninArguments, io: CliIo, secrets: string[]): Promise<void> {
  const env = io.env;
  const now = io.now ?? Date.now;
  if (!args.profile && !env.AWS_PROFILE) throw usageError("name the profile with --profile (or set AWS_PROFILE)");
  const target = await resolveTarget(args, env);
  if (!target.accountId || !target.roleName) {
    throw new CliError(`profile "${target.profile}" needs sso_account_id and sso_role_name for credentials`);
  }
  const key = {
    startUrl: target.startUrl,
    ssoSession: target.ssoSession,
    accountId: target.accountId,
    roleName: target.roleName,
  };
  // Signed out elsewhere (`aws sso logout` removes the token file): the cached credentials go too.
  const signedIn = existsSync(tokenFilePath(tokenCacheKey(target), env));
  if (!signedIn) await removeCachedCredentials(env, target.startUrl);
  const cached = signedIn ? await readCachedCredentials(key, env, now()) : undefined;
  if (cached) {
    io.stdout.write(`${JSON.stringify(cached)}\n`);
    return;
  }
  try {
    const token = await getSsoToken({
      session: target,
      loginHint: target.hint,
      env,
      now,
      oidcClientConfig: {
        ...(configuredEndpoint("SSO OIDC", env) !== undefined && { endpoint: configuredEndpoint("SSO OIDC", env) }),
      },
    });
    secrets.push(token.accessToken);
    const endpoint = args.endpointUrl ?? configuredEndpoint("SSO", env);
    const role = await getRoleCredentials(
      { accessToken: token.accessToken, accountId: target.accountId, roleName: target.roleName, region: target.region },
      { ...(endpoint !== undefined && { endpoint }) },
      target.hint,
      env,
    );
    secrets.push(role.secretAccessKey, role.sessionToken);
    const output: ProcessCredentials = {
      Version: 1,
      AccessKeyId: role.accessKeyId,
      SecretAccessKey: role.secretAccessKey,
      SessionToken: role.sessionToken,
      Expiration: role.expiration.toISOString(),
    };
    await writeCachedCredentials(key, output, env);
    io.stdout.write(`${JSON.stringify(output)}\n`);
  } catch (error) {
    if (error instanceof CredentialsProviderError) throw new CliError(error.message);
    throw error;
  }
}
