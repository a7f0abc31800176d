import type { AwsCredentialIdentity } from "@smithy/types";

import { configuredEndpoint } from "../oidc/endpoint/configuredEndpoint.js";
import type { SSOClientConfig } from "../SSOClient.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";

/** The credentials of a role, with the account they belong to. */
export interface RoleCredentialIdentity extends AwsCredentialIdentity {
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly accountId: string;
}

/**
 * `GetRoleCredentials` for one account and role with an SSO access token, through our own
 * `SSOClient` (loaded on first use). The portal endpoint may come from `AWS_ENDPOINT_URL_SSO`.
 */
export const getRoleCredentials = async (
  request: { accessToken: string; accountId: string; roleName: string; region: string },
  clientConfig: SSOClientConfig = {},
  loginHint: string,
  env: Record<string, string | undefined> = process.env,
): Promise<RoleCredentialIdentity> => {
  const [{ SSOClient }, { GetRoleCredentialsCommand }] = await Promise.all([
    import("../SSOClient.js"),
    import("../commands/GetRoleCredentialsCommand.js"),
  ]);
  const endpoint = clientConfig.endpoint ?? configuredEndpoint("SSO", env);
  const client = new SSOClient({
    region: request.region,
    ...clientConfig,
    ...(endpoint !== undefined && { endpoint }),
  });
  let output;
  try {
    output = await client.send(
      new GetRoleCredentialsCommand({
        accessToken: request.accessToken,
        accountId: request.accountId,
        roleName: request.roleName,
      }),
    );
  } catch (error) {
    const { name } = (error ?? {}) as { name?: string };
    if (name === "UnauthorizedException") {
      throw new CredentialsProviderError(
        `the portal refused the cached SSO token (UnauthorizedException); ${loginHint}`,
      );
    }
    if (name === "ForbiddenException" || name === "ResourceNotFoundException") {
      throw new CredentialsProviderError(
        `no access to role "${request.roleName}" in account ${request.accountId} (${name}): check sso_account_id and sso_role_name`,
      );
    }
    throw error;
  } finally {
    client.destroy();
  }
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = output.roleCredentials ?? {};
  if (!accessKeyId || !secretAccessKey || !sessionToken || expiration === undefined) {
    throw new CredentialsProviderError("GetRoleCredentials answered without complete role credentials");
  }
  return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration), accountId: request.accountId };
};
