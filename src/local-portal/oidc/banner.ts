import type { LocalPortal } from "../server.js";

/**
 * What to paste to point AWS tools at a running emulator: the start URL and region for an
 * `sso-session`, and the endpoint variables the AWS CLI v2, boto3 and the AWS SDKs read.
 */
export function signInBanner(portal: LocalPortal): string[] {
  return [
    `start URL: ${portal.startUrl}`,
    `region: ${portal.region}`,
    "point the AWS CLI v2, boto3 and the AWS SDKs at it:",
    `  export AWS_ENDPOINT_URL_SSO=${portal.endpoint}`,
    `  export AWS_ENDPOINT_URL_SSO_OIDC=${portal.endpoint}`,
    "and sign in with an sso-session in ~/.aws/config:",
    "  [sso-session local-portal]",
    `  sso_start_url = ${portal.startUrl}`,
    `  sso_region = ${portal.region}`,
    "  sso_registration_scopes = sso:account:access",
  ];
}
