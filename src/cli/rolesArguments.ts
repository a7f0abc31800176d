import { parseArgs } from "node:util";

import { usageError } from "./CliError.js";

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
  output: OutputFormat;
  progress: boolean;
}

/** Parses the flags after `roles`; a problem is a usage error that names the flag, never a value. */
export function parseRolesArguments(argv: string[]): RolesArguments {
  const { values } = parseStrict(argv);
  const output = values.output ?? "table";
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw usageError(`--output must be one of ${OUTPUT_FORMATS.join(", ")}, got "${output}"`);
  }
  return {
    help: values.help ?? false,
    accessToken: nonEmpty(values["access-token"], "--access-token"),
    profile: nonEmpty(values.profile, "--profile"),
    region: nonEmpty(values.region, "--region"),
    endpointUrl: endpointUrl(values["endpoint-url"]),
    concurrency: integerAtLeastOne(values.concurrency, "--concurrency"),
    rate: positiveNumber(values.rate, "--rate"),
    output: output as OutputFormat,
    progress: !values["no-progress"],
  };
}

function parseStrict(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        "access-token": { type: "string" },
        profile: { type: "string" },
        region: { type: "string" },
        "endpoint-url": { type: "string" },
        concurrency: { type: "string" },
        rate: { type: "string" },
        output: { type: "string" },
        "no-progress": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    // Node's message for a stray argument quotes it, and it may be a token: say less.
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw usageError("unexpected argument: roles takes only flags");
    throw usageError(message.split("\n")[0]!.replace(/\.$/, ""));
  }
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "") throw usageError(`${flag} is empty`);
  return value;
}

function endpointUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`--endpoint-url must be an http or https URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw usageError(`--endpoint-url must be an http or https URL, got "${value}"`);
  }
  return value;
}

function integerAtLeastOne(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !(number >= 1)) throw usageError(`${flag} must be a whole number of 1 or more, got "${value}"`);
  return number;
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) {
    throw usageError(`${flag} must be a number above 0, got "${value}"`);
  }
  return number;
}
