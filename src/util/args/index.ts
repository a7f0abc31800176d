// The command-line handling both bins share (`client-sso` in cli/, `client-sso-local-portal` in
// local-portal/): one flag parser, one wording for checked values, one exit-code scheme.
export { type FlagSpec, type FlagValues, parseFlags } from "./parseFlags.js";
export { type NumberRange, numberFlag, numberOrRangeFlag } from "./numbers.js";
export { choiceFlag, httpUrlFlag, regionFlag } from "./values.js";
export { CliError, interruptedError, isCliError, usageError } from "./CliError.js";
export { errorLine, EXIT, type ExitStatus } from "./exitStatus.js";
