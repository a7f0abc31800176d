// The argument handling both bins share: one parser, one number check, one exit-code scheme
// (usage errors exit 2 through `usageError`, runtime failures 1).
export { type FlagSpec, type FlagValues, parseFlags } from "./parseFlags.js";
export { type NumberRange, numberFlag } from "./numbers.js";
export { CliError, usageError } from "../CliError.js";
