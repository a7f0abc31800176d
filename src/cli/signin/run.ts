import { CliError } from "../CliError.js";
import type { CliIo } from "../io.js";
import { parseSigninArguments, type SigninCommand } from "./arguments.js";

export type { SigninCommand };
import { SIGNIN_USAGE } from "./usage.js";

export { SIGNIN_COMMANDS } from "./commands.js";

/**
 * Runs `login`, `credentials` or `logout` and resolves with the exit status. Every failure is
 * one line on stderr, with every secret the command handled masked, and never a stack trace.
 */
export async function runSignin(command: SigninCommand, argv: string[], io: CliIo): Promise<number> {
  const secrets: string[] = [];
  try {
    const args = parseSigninArguments(command, argv);
    if (args.help) {
      io.stdout.write(SIGNIN_USAGE[command]);
      return 0;
    }
    // Each command's module is loaded only when it runs: `credentials` stays quick to start.
    if (command === "login") await (await import("./login.js")).login(args, io, secrets);
    else if (command === "credentials") await (await import("./credentialsCommand.js")).credentials(args, io, secrets);
    else await (await import("./logout.js")).logout(args, io, secrets);
    return 0;
  } catch (error) {
    const [message, exitCode] = describe(error, io);
    let line = message.split("\n")[0];
    for (const secret of secrets) if (secret) line = line.split(secret).join("***");
    io.stderr.write(`client-sso: ${line}\n`);
    if (exitCode === 2) io.stderr.write(`Run "client-sso ${command} --help" for the options.\n`);
    return exitCode;
  }
}

function describe(error: unknown, io: CliIo): [string, number] {
  if (error instanceof CliError) return [error.message, error.exitCode];
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
  if (name === "AbortError" && io.signal?.aborted) return ["interrupted", 130];
  if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return [`cannot reach the service: ${message}`, 1];
  if (name === "InvalidClientException")
    return ["the cached client registration was refused (InvalidClientException); run client-sso login again", 1];
  if (error instanceof Error) return [name && name !== "Error" ? `${name}: ${message}` : String(message), 1];
  return [String(error), 1];
}
