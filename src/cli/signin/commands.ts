/** The sign-in subcommands, dispatched before the rest of the CLI is loaded. */
export const SIGNIN_COMMANDS: readonly string[] = ["login", "credentials", "logout"];
