import { EXIT_STATUS_HELP } from "../usage.js";
import type { SigninCommand } from "./arguments.js";

/** What the top-level help adds about the sign-in commands. */
export const SIGNIN_SUMMARY = `
Sign-in commands (each has --help):
  client-sso login        sign in to IAM Identity Center and cache the token as the AWS CLI does
  client-sso credentials  print a profile's role credentials for credential_process
  client-sso logout       end the cached sign-ins and remove their tokens
`;

export const SIGNIN_USAGE: Record<SigninCommand, string> = {
  login: `Usage: client-sso login [--profile <name> | --sso-session <name> | --start-url <url> --region <region>]
                        [--use-device-code] [--no-browser] [--endpoint-url <url>]

Signs in to AWS IAM Identity Center and writes the token to ~/.aws/sso/cache, where the AWS CLI,
the AWS SDKs and "client-sso credentials" read it. The client registration is cached and reused.

  --profile <name>       an SSO profile of ~/.aws/config (default: AWS_PROFILE, then "default")
  --sso-session <name>   an [sso-session <name>] section of ~/.aws/config
  --start-url <url>      the AWS access portal URL, with --region, without any config file
  --region <region>      the IAM Identity Center region
  --use-device-code      the device-code flow: a URL and a code to confirm, from any device
                         (default: the authorization-code flow with PKCE, through a browser on
                         this machine that returns to a loopback address)
  --no-browser           print the URL instead of opening a browser
  --endpoint-url <url>   send the OIDC requests there (also AWS_ENDPOINT_URL_SSO_OIDC)
  -h, --help             show this help
${EXIT_STATUS_HELP}`,
  credentials: `Usage: client-sso credentials --profile <name> [--endpoint-url <url>]

Prints the profile's role credentials as credential_process JSON, so that
  credential_process = client-sso credentials --profile <name>
in ~/.aws/config works for every AWS tool. The profile names sso_account_id and sso_role_name;
its token comes from "client-sso login" (refreshed when due). The credentials are cached in
~/.aws/client-sso/cache (mode 0600) and reused until 15 minutes before they expire.

  --profile <name>       the SSO profile (default: AWS_PROFILE)
  --endpoint-url <url>   send the portal request there (also AWS_ENDPOINT_URL_SSO)
  -h, --help             show this help
${EXIT_STATUS_HELP}`,
  logout: `Usage: client-sso logout [--profile <name> | --all] [--endpoint-url <url>]

Ends the sign-in of the profile (or of every cached token with --all) on the portal with Logout,
then removes the cached tokens and the role credentials "client-sso credentials" cached for them.

  --profile <name>       the SSO profile (default: AWS_PROFILE)
  --all                  every token in ~/.aws/sso/cache
  --endpoint-url <url>   send the Logout requests there (also AWS_ENDPOINT_URL_SSO)
  -h, --help             show this help
${EXIT_STATUS_HELP}`,
};
