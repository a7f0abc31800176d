import { EXIT, isCliError } from "../../util/args/index.js";
import { writeFailure } from "../failureLine.js";
import type { CliIo } from "../io.js";
import { parseSigninArguments, type SigninCommand } from "./arguments.js";
import { SIGNIN_USAGE } from "./usage.js";

export type { SigninCommand };
export { SIGNIN_COMMANDS } from "./commands.js";

/**
 * Runs `login`, `credentials` or `logout` and resolves with the exit status. Every failure is
 * one line on stderr, as for `roles`, with every secret the command handled masked, and never
 * a stack trace.
 */
export async function runSignin(command: SigninCommand, argv: string[], io: CliIo): Promise<number> {
  const secrets: string[] = [];
  try {
    const args = parseSigninArguments(command, argv);
    if (args.help) {
      io.stdout.write(SIGNIN_USAGE[command]);
      return EXIT.ok;
    }
    // Each command's module is loaded only when it runs: `credentials` stays quick to start.
    if (command === "login") await (await import("./login.js")).login(args, io, secrets);
    else if (command === "credentials") await (await import("./credentialsCommand.js")).credentials(args, io, secrets);
    else await (await import("./logout.js")).logout(args, io, secrets);
    return EXIT.ok;
  } catch (error) {
    return writeFailure(io.stderr, describe(error, io), secrets, `client-sso ${command}`);
  }
}

function describe(error: unknown, io: CliIo): [string, number] {
  if (isCliError(error)) return [error.message, error.exitCode];
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
  if (name === "AbortError" && io.signal?.aborted) return ["interrupted", EXIT.interrupted];
  if (typeof code === "string" && /^E[A-Z_]+$/.test(code))
    return [`cannot reach the service: ${message}`, EXIT.failure];
  if (name === "InvalidClientException")
    return [
      "the cached client registration was refused (InvalidClientException); run client-sso login again",
      EXIT.failure,
    ];
  if (error instanceof Error) return [name && name !== "Error" ? `${name}: ${message}` : String(message), EXIT.failure];
  return [String(error), EXIT.failure];
}
