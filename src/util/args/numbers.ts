import { usageError } from "./CliError.js";

/** The range a number flag accepts (durations too: the flag's help names the unit). */
export interface NumberRange {
  min: number;
  max: number;
  /** Only whole numbers. */
  integer?: boolean;
}

/**
 * A number flag's value, checked against `range`. The message says what is accepted and not
 * what was given: `--rate` may have received a pasted token.
 */
export function numberFlag(value: string | undefined, flag: string, range: NumberRange): number | undefined {
  if (value === undefined) return undefined;
  const number = parseNumber(value, range);
  if (number === undefined) throw usageError(`${flag} must be ${describeRange(range)}`);
  return number;
}

/**
 * A number, or `min-max` (two numbers in `range`, the first not above the second), as
 * `--latency 20-30` takes. The message is {@link numberFlag}'s with the range form added.
 */
export function numberOrRangeFlag(
  value: string | undefined,
  flag: string,
  range: NumberRange,
): number | { min: number; max: number } | undefined {
  if (value === undefined) return undefined;
  const number = parseNumber(value, range);
  if (number !== undefined) return number;
  const parts = value.split("-");
  if (parts.length === 2) {
    const [min, max] = parts.map((part) => parseNumber(part, range));
    if (min !== undefined && max !== undefined && min <= max) return { min, max };
  }
  throw usageError(`${flag} must be ${describeRange(range)}, or two of them as min-max`);
}

function parseNumber(value: string, range: NumberRange): number | undefined {
  const text = value.trim();
  const number = Number(text);
  const shaped = range.integer ? /^\d+$/.test(text) : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text);
  if (!shaped || !Number.isFinite(number) || number < range.min || number > range.max) return undefined;
  return number;
}

function describeRange(range: NumberRange): string {
  return `${range.integer ? "a whole number" : "a number"} from ${format(range.min)} to ${format(range.max)}`;
}

function format(number: number): string {
  return Number.isInteger(number) ? number.toLocaleString("en-US") : String(number);
}
