import { MIN_REQUESTS_PER_SECOND } from "../enumerate/paginateAccountsWithRoles.js";
import { numberFlag, parseFlags, usageError } from "./args/index.js";

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

/** An AWS region is one host label: letters, digits and hyphens. */
const REGION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Parses the flags after `roles`; a problem is a usage error that names the flag, never a value. */
export function parseRolesArguments(argv: string[]): RolesArguments {
  const { values } = parseFlags(argv, ROLES_FLAGS);
  const output = values.output ?? "table";
  if (!OUTPUT_FORMATS.includes(output as OutputFormat))
    throw usageError(`--output must be one of ${OUTPUT_FORMATS.join(", ")}`);
  const region = nonEmpty(values.region, "--region");
  if (region !== undefined && !REGION.test(region))
    throw usageError("--region must be a region name such as us-east-1");
  const timeout = numberFlag(values.timeout, "--timeout", { min: 0.1, max: 3600 }) ?? DEFAULT_TIMEOUT_SECONDS;
  return {
    help: values.help ?? false,
    accessToken: nonEmpty(values["access-token"], "--access-token"),
    profile: nonEmpty(values.profile, "--profile"),
    region,
    endpointUrl: endpointUrl(values["endpoint-url"]),
    concurrency: numberFlag(values.concurrency, "--concurrency", { min: 1, max: 1000, integer: true }),
    rate: numberFlag(values.rate, "--rate", { min: MIN_RATE, max: 100_000 }),
    timeoutMs: Math.round(timeout * 1000),
    output: output as OutputFormat,
    progress: !values["no-progress"],
    csvFormulas: values["csv-formulas"] ?? false,
  };
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") throw usageError(`${flag} is empty`);
  return value;
}

function endpointUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw usageError("--endpoint-url must be an http or https URL, such as https://portal.sso.us-east-1.amazonaws.com");
  }
  return value;
}
