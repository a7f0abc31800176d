export const USAGE = `Usage: client-sso roles [options]

Lists every AWS account and role the user may sign in to through AWS IAM Identity Center,
staying under the portal's request limit (about 20 requests per second).

The access token, first found of:
  --access-token <token>   a token from IAM Identity Center OIDC (visible to other local users
                           in the process list: prefer the variable or a profile)
  --profile <name>         an SSO profile of the AWS CLI: its cached token from "aws sso login"
  AWS_SSO_ACCESS_TOKEN     environment variable
  AWS_PROFILE              environment variable, the profile to read when --profile is absent

Options:
  --region <region>        the IAM Identity Center region (default: the profile's sso_region,
                           then AWS_REGION, then AWS_DEFAULT_REGION)
  --endpoint-url <url>     send to this endpoint instead, e.g. a local portal emulator
  --concurrency <n>        requests in flight at once (default 8)
  --rate <n>               most requests per second (default 18); halved on every throttle
  --output <format>        table (default), json or csv
  --no-progress            no progress bar (drawn on stderr only when it is a terminal)
  -h, --help               show this help

Exit status: 0 on success, 1 on an error, 2 on a usage error, 130 when interrupted.
`;
