import { MIN_REQUESTS_PER_SECOND } from "../enumerate/paginateAccountsWithRoles.js";
import { choiceFlag, httpUrlFlag, numberFlag, parseFlags, regionFlag } from "../util/args/index.js";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The flags of `client-sso roles`, checked. */
export interface RolesArguments {
  help: boolean;
  accessToken?: string;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  concurrency?: number;
  rate?: number;
  /** Milliseconds each request may take, default {@link DEFAULT_TIMEOUT_SECONDS}. */
  timeoutMs: number;
  output: OutputFormat;
  progress: boolean;
  /** CSV values starting with `=`, `+`, `-`, `@`, tab or CR are written as they are. */
  csvFormulas: boolean;
}

/** A portal that never answers must not hold the command forever. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/**
 * The slowest pace accepted: one request every 1,000 s. Below about 5e-7 the gap between requests
 * would overflow Node's timers (2^31 - 1 ms), which then fire at once with a warning each.
 */
export const MIN_RATE = MIN_REQUESTS_PER_SECOND;

/** What an `--endpoint-url` looks like, for its usage error. */
export const PORTAL_URL_EXAMPLE = "https://portal.sso.us-east-1.amazonaws.com";

export const ROLES_FLAGS = {
  "access-token": { type: "string" },
  profile: { type: "string" },
  region: { type: "string" },
  "endpoint-url": { type: "string" },
  concurrency: { type: "string" },
  rate: { type: "string" },
  timeout: { type: "string" },
  output: { type: "string" },
  "no-progress": { type: "boolean" },
  "csv-formulas": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses the flags after `roles`; a problem is a usage error that names the flag, never a value. */
export function parseRolesArguments(argv: string[]): RolesArguments {
  const { values } = parseFlags(argv, ROLES_FLAGS);
  const timeout = numberFlag(values.timeout, "--timeout", { min: 0.1, max: 3600 }) ?? DEFAULT_TIMEOUT_SECONDS;
  return {
    help: values.help ?? false,
    accessToken: values["access-token"],
    profile: values.profile,
    region: regionFlag(values.region, "--region"),
    endpointUrl: httpUrlFlag(values["endpoint-url"], "--endpoint-url", PORTAL_URL_EXAMPLE),
    concurrency: numberFlag(values.concurrency, "--concurrency", { min: 1, max: 1000, integer: true }),
    rate: numberFlag(values.rate, "--rate", { min: MIN_RATE, max: 100_000 }),
    timeoutMs: Math.round(timeout * 1000),
    output: choiceFlag(values.output, "--output", OUTPUT_FORMATS) ?? "table",
    progress: !values["no-progress"],
    csvFormulas: values["csv-formulas"] ?? false,
  };
}
