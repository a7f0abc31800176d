import { usageError } from "./CliError.js";

/** One of `choices`; the message lists them and does not echo the value (it may be a pasted token). */
export function choiceFlag<T extends string>(
  value: string | undefined,
  flag: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) throw usageError(`${flag} must be one of ${choices.join(", ")}`);
  return value as T;
}

/** An AWS region is one host label: letters, digits and hyphens. */
const REGION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function regionFlag(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !REGION.test(value)) throw usageError(`${flag} must be a region name such as us-east-1`);
  return value;
}

/** An absolute http: or https: URL; `example` shows the user what one looks like. */
export function httpUrlFlag(value: string | undefined, flag: string, example: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    throw usageError(`${flag} must be an http or https URL, such as ${example}`);
  return value;
}
