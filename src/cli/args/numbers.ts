import { usageError } from "../CliError.js";

/** The range a number flag accepts. */
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
  const text = value.trim();
  const number = Number(text);
  const shaped = range.integer ? /^\d+$/.test(text) : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text);
  if (!shaped || !Number.isFinite(number) || number < range.min || number > range.max) {
    const kind = range.integer ? "a whole number" : "a number";
    throw usageError(`${flag} must be ${kind} from ${format(range.min)} to ${format(range.max)}`);
  }
  return number;
}

function format(number: number): string {
  return Number.isInteger(number) ? number.toLocaleString("en-US") : String(number);
}
