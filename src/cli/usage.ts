/** The last lines of every `client-sso` help text: one exit-code scheme for all commands. */
export const EXIT_STATUS_HELP = `
Exit status: 0 on success, 1 on an error, 2 on a usage error, 130 when interrupted (Ctrl-C).
`;

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
  --rate <n>               most requests per second (default 18, at least 0.001); halved on
                           every throttle
  --timeout <seconds>      time each request may take before it is retried (default 30)
  --output <format>        table (default), json or csv
  --csv-formulas           write CSV values starting with = + - @ as they are (by default they
                           get a leading ' so spreadsheets do not run them as formulas)
  --no-progress            no progress bar (drawn on stderr only when it is a terminal; the
                           final summary is still printed there)
  -h, --help               show this help
${EXIT_STATUS_HELP}`;
