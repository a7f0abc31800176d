import {
  isCliError,
  choiceFlag,
  errorLine,
  EXIT,
  numberFlag,
  numberOrRangeFlag,
  type NumberRange,
  parseFlags,
  regionFlag,
  usageError,
} from "../util/args/index.js";
import type { NoAccessError } from "./errors.js";
import type { FaultOptions } from "./faults.js";
import { GENERATE_LIMITS, generateFixture } from "./generateFixture.js";
import { signInBanner } from "./oidc/banner.js";
import type { LocalPortalOptions } from "./options.js";
import type { RequestLogEntry } from "./requestLog.js";
import { type LocalPortal, createLocalPortal } from "./server.js";

/** Where the command line writes: `process.stdout`/`process.stderr`, or test doubles. */
export interface CliIo {
  /** Receives the endpoint line and the request log. */
  stdout: {
    /** Writes text as is. */
    write(text: string): unknown;
  };
  /** Receives usage and error messages. */
  stderr: {
    /** Writes text as is. */
    write(text: string): unknown;
  };
}

/** `portal` is set when the server started; otherwise exit with `exitCode`. */
export interface CliResult {
  /** 0 when the server started or help was printed, 2 for bad arguments, 1 when it could not start (`EXIT`). */
  exitCode: number;
  /** The running emulator, when one started. */
  portal?: LocalPortal;
}

export const USAGE = `Usage: client-sso-local-portal [options]

Starts an offline AWS IAM Identity Center emulator (portal API and sign-in) and prints its
endpoint, start URL and the environment lines that point AWS tools at it.

  --host <host>               interface to listen on (default 127.0.0.1; 0.0.0.0 or ::
                              serve the well-known tokens to the whole network)
  --allow-host <name>         answer this Host header too (repeatable; loopback names, IP
                              addresses and --host are always answered)
  --port <port>               port, 0 picks a free one (default 0)
  --fixtures <file.json>      accounts, users, tokens and assignments (default: built-in)
  --generate <N>x<M>          serve a generated fixture of N accounts with M roles each
                              (at most 1000000 accounts, 1000 roles each, 10000000 in all)
  --page-size <n>             page size when max_result is absent (default 20)
  --credential-duration <s>   lifetime of role credentials in seconds (default 3600)
  --no-access-error <code>    ForbiddenException (default) or ResourceNotFoundException
  --throttle <rps>            requests per second before 429 TooManyRequestsException
  --burst <n>                 requests allowed at once under --throttle (default: rps)
  --failure-rate <0..1>       share of requests answered 500 or 503
  --latency <ms|min-max>      delay added to every answer
  --reset-rate <0..1>         share of requests whose connection is reset
  --truncate-rate <0..1>      share of answers cut off halfway
  --garbage-rate <0..1>       share of answers replaced by a non-JSON 200
  --start-url <url>           a start URL sign-in answers for (repeatable; default <endpoint>/start)
  --region <region>           the sso_region to print (default us-east-1)
  --auto-approve <user>       approve every sign-in at once as this fixture user (headless use)
  --token-lifetime <s>        lifetime of access tokens from sign-in (default 3600)
  --refresh-lifetime <s>      lifetime of refresh tokens (default 28800)
  --client-lifetime <s>       lifetime of registered client secrets (default 7776000, 90 days)
  --device-code-lifetime <s>  lifetime of device codes (default 600)
  --device-code-interval <s>  polling interval of device codes (default 1)
  --cors                      answer CORS preflights for any origin
  --cors-origin <origin>      allow only this origin (repeatable)
  --log                       print one line per request
  -h, --help                  show this help

Exit status: 0 on success and when stopped with Ctrl-C or SIGTERM (the server closes first),
1 when it cannot start, 2 on a usage error.
`;

const BIN = "client-sso-local-portal";

/** Parses the command line and starts a portal; the bin adds signal handling around it. */
export async function runCli(argv: string[], io: CliIo): Promise<CliResult> {
  let options: LocalPortalOptions | undefined;
  try {
    options = toOptions(argv, io);
  } catch (error) {
    // Only usage errors come out of the parsing; anything else is a failure all the same.
    const exitCode = isCliError(error) ? error.exitCode : EXIT.failure;
    io.stderr.write(errorLine(BIN, (error as Error).message, exitCode, BIN));
    return { exitCode };
  }
  if (!options) {
    io.stdout.write(USAGE);
    return { exitCode: EXIT.ok };
  }
  let portal: LocalPortal;
  try {
    portal = await createLocalPortal(options);
  } catch (error) {
    io.stderr.write(errorLine(BIN, (error as Error).message, EXIT.failure, BIN));
    return { exitCode: EXIT.failure };
  }
  for (const line of bindLines(portal)) io.stdout.write(`${line}\n`);
  const warning = exposureWarning(portal.host);
  if (warning) io.stderr.write(`${BIN}: warning: ${warning}\n`);
  for (const line of signInBanner(portal)) io.stdout.write(`${line}\n`);
  for (const line of tokenLines(portal)) io.stdout.write(`${line}\n`);
  return { exitCode: EXIT.ok, portal };
}

/** Seconds a lifetime flag accepts: up to a year. */
const LIFETIME: NumberRange = { min: 1, max: 365 * 24 * 3600, integer: true };
/** A share of requests. */
const RATE: NumberRange = { min: 0, max: 1 };

/** The checked options, or undefined when `--help` asks for the usage. */
function toOptions(argv: string[], io: CliIo): LocalPortalOptions | undefined {
  const { values } = parseFlags(argv, {
    host: { type: "string" },
    "allow-host": { type: "string", multiple: true },
    port: { type: "string" },
    fixtures: { type: "string" },
    generate: { type: "string" },
    "page-size": { type: "string" },
    "credential-duration": { type: "string" },
    "no-access-error": { type: "string" },
    throttle: { type: "string" },
    burst: { type: "string" },
    "failure-rate": { type: "string" },
    latency: { type: "string" },
    "reset-rate": { type: "string" },
    "truncate-rate": { type: "string" },
    "garbage-rate": { type: "string" },
    "start-url": { type: "string", multiple: true },
    region: { type: "string" },
    "auto-approve": { type: "string" },
    "token-lifetime": { type: "string" },
    "refresh-lifetime": { type: "string" },
    "client-lifetime": { type: "string" },
    "device-code-lifetime": { type: "string" },
    "device-code-interval": { type: "string" },
    cors: { type: "boolean" },
    "cors-origin": { type: "string", multiple: true },
    log: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return undefined;
  if (values.fixtures && values.generate) throw usageError("use --fixtures or --generate, not both");

  const options: LocalPortalOptions = {
    host: values.host,
    allowedHosts: values["allow-host"],
    port: numberFlag(values.port, "--port", { min: 0, max: 65_535, integer: true }),
    fixtures: values.generate ? generated(values.generate) : values.fixtures,
    defaultPageSize: numberFlag(values["page-size"], "--page-size", { min: 1, max: 10_000, integer: true }),
    credentialDurationSeconds: numberFlag(values["credential-duration"], "--credential-duration", LIFETIME),
    noAccessError: choiceFlag(values["no-access-error"], "--no-access-error", NO_ACCESS_ERRORS),
    startUrls: values["start-url"],
    region: regionFlag(values.region, "--region"),
    autoApprove: values["auto-approve"],
    accessTokenSeconds: numberFlag(values["token-lifetime"], "--token-lifetime", LIFETIME),
    refreshTokenSeconds: numberFlag(values["refresh-lifetime"], "--refresh-lifetime", LIFETIME),
    clientSecretSeconds: numberFlag(values["client-lifetime"], "--client-lifetime", LIFETIME),
    deviceCodeSeconds: numberFlag(values["device-code-lifetime"], "--device-code-lifetime", LIFETIME),
    deviceCodeIntervalSeconds: numberFlag(values["device-code-interval"], "--device-code-interval", {
      min: 0,
      max: 3600,
      integer: true,
    }),
    ...faults(values),
  };
  if (values["cors-origin"]) options.cors = { allowOrigins: values["cors-origin"] };
  else if (values.cors) options.cors = true;
  if (values.log) options.onRequest = (entry) => io.stdout.write(`${logLine(entry)}\n`);
  return options;
}

function faults(values: { [flag: string]: string | string[] | boolean | undefined }): FaultOptions {
  const text = (flag: string) => values[flag] as string | undefined;
  const rps = numberFlag(text("throttle"), "--throttle", { min: 0, max: 1_000_000 });
  const burst = numberFlag(text("burst"), "--burst", { min: 1, max: 1_000_000, integer: true });
  return {
    throttle: rps === undefined ? undefined : { requestsPerSecond: rps, burst },
    failureRate: numberFlag(text("failure-rate"), "--failure-rate", RATE),
    latency: numberOrRangeFlag(text("latency"), "--latency", { min: 0, max: 600_000 }),
    resetRate: numberFlag(text("reset-rate"), "--reset-rate", RATE),
    truncateRate: numberFlag(text("truncate-rate"), "--truncate-rate", RATE),
    garbageRate: numberFlag(text("garbage-rate"), "--garbage-rate", RATE),
  };
}

function generated(raw: string) {
  const match = raw.match(/^(\d+)x(\d+)$/);
  if (!match) throw usageError("--generate must be <accounts>x<roles>, e.g. 1000x3");
  const accounts = Number(match[1]);
  const rolesPerAccount = Number(match[2]);
  const { accounts: maxAccounts, rolesPerAccount: maxRoles, assignments: maxProduct } = GENERATE_LIMITS;
  if (accounts > maxAccounts || rolesPerAccount > maxRoles || accounts * rolesPerAccount > maxProduct) {
    throw usageError(
      `--generate takes at most ${maxAccounts} accounts, ${maxRoles} roles per account and ${maxProduct} roles in all`,
    );
  }
  return generateFixture({ accounts, rolesPerAccount });
}

const NO_ACCESS_ERRORS: readonly NoAccessError[] = ["ForbiddenException", "ResourceNotFoundException"];

/** One usable token per user, so the printed lines are enough to try the portal out. */
function tokenLines(portal: LocalPortal): string[] {
  const now = Date.now();
  const lines: string[] = [];
  for (const user of portal.fixture.users.slice(0, 10)) {
    const token = user.accessTokens
      .map((entry) => (typeof entry === "string" ? { token: entry } : entry))
      .find((entry) => entry.expiresAt === undefined || new Date(entry.expiresAt).getTime() > now);
    if (token) lines.push(`access token for ${user.userId}: ${token.token}`);
  }
  if (portal.fixture.users.length > 10) lines.push(`… and ${portal.fixture.users.length - 10} more users`);
  return lines;
}

function logLine(entry: RequestLogEntry): string {
  const error = entry.errorType ? ` ${entry.errorType}` : "";
  const fault = entry.fault ? ` [${entry.fault}]` : "";
  const time = new Date(entry.time).toISOString();
  return `${time} ${entry.method} ${entry.path} ${entry.status} ${entry.operation ?? "-"}${error}${fault} ${entry.durationMs.toFixed(1)}ms`;
}

/** The address really bound, and for a wildcard one the loopback URL to use from this machine. */
function bindLines(portal: LocalPortal): string[] {
  const bound = portal.host.includes(":") ? `[${portal.host}]` : portal.host;
  const boundUrl = `http://${bound}:${portal.port}`;
  if (boundUrl === portal.endpoint) return [`SSO portal emulator listening on ${portal.endpoint}`];
  return [`SSO portal emulator listening on ${boundUrl} (from this machine: ${portal.endpoint})`];
}

/** Says so when the emulator listens beyond loopback: its tokens are well known. */
export function exposureWarning(address: string): string | undefined {
  if (address === "::1" || address.startsWith("127.") || address === "::ffff:127.0.0.1") return undefined;
  const where =
    address === "0.0.0.0" || address === "::" ? "every network interface" : `a non-loopback interface (${address})`;
  return `listening on ${where}: anyone who can reach this machine can use the well-known tokens printed here`;
}
