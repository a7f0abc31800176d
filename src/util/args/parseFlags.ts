import { usageError } from "./CliError.js";

/** One flag: `type` "string" takes a value, "boolean" takes none; `multiple` collects every use. */
export interface FlagSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

export type FlagValues<T extends Record<string, FlagSpec>> = {
  [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : T[K]["multiple"] extends true ? string[] : string;
};

/** Flag names echoed in messages look like this; anything else (a pasted token, say) is not echoed. */
const PRINTABLE_FLAG = /^--?[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

/**
 * Parses `--name value`, `--name=value`, `--flag` and `-x`, for every command of both bins.
 * Unlike `node:util` `parseArgs`, a value may start with "-" (`--rate -3` then fails the
 * number check, saying what is wrong), and a value that is another known flag
 * (`--output --access-token x`) is reported as a missing value. An empty (or blank) value and
 * a second use of a flag that is not `multiple` are refused. When the spec has `help` and
 * `--help` or `-h` is among the arguments, only `{ help: true }` comes back: help is shown
 * whatever else is on the line. Messages name flags, never values: a value may be a token.
 * Every problem is a usage error (exit status 2).
 */
export function parseFlags<T extends Record<string, FlagSpec>>(
  args: readonly string[],
  options: T,
): { values: FlagValues<T> } {
  const values = Object.create(null) as Record<string, string | boolean | string[]>;
  if (options.help?.type === "boolean" && args.some((arg) => arg === "--help" || arg === "-h")) {
    values.help = true;
    return { values: values as FlagValues<T> };
  }
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) if (spec.short) byShort.set(spec.short, name);
  const known = (arg: string): boolean => {
    if (arg.startsWith("--")) return Object.hasOwn(options, arg.slice(2).split("=", 1)[0]);
    return arg.length === 2 && arg.startsWith("-") && byShort.has(arg[1]);
  };
  const set = (name: string, value: string | boolean): void => {
    if (typeof value === "string" && value.trim() === "") throw usageError(`--${name} is empty`);
    if (options[name].multiple) ((values[name] ??= []) as string[]).push(value as string);
    else if (Object.hasOwn(values, name)) throw usageError(`--${name} given twice`);
    else values[name] = value;
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--" || !arg.startsWith("-") || arg === "-")
      throw usageError("unexpected argument: only flags are taken");
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const name = flag.startsWith("--") ? flag.slice(2) : byShort.get(flag.slice(1));
    if (name === undefined || !Object.hasOwn(options, name) || (!flag.startsWith("--") && flag.length !== 2)) {
      throw usageError(PRINTABLE_FLAG.test(flag) ? `unknown option ${flag}` : "unknown option");
    }
    const spec = options[name];
    if (spec.type === "boolean") {
      if (equals !== -1) throw usageError(`--${name} takes no value`);
      set(name, true);
      continue;
    }
    if (equals !== -1) {
      set(name, arg.slice(equals + 1));
      continue;
    }
    const next = args[i + 1];
    if (next === undefined) throw usageError(`--${name} needs a value`);
    if (known(next))
      throw usageError(`--${name} needs a value (the next argument is the option ${next.split("=", 1)[0]})`);
    set(name, next);
    i += 1;
  }
  return { values: values as FlagValues<T> };
}
