import { errorLine } from "../util/args/index.js";
import type { CliStream } from "./io.js";
import { escapeControl } from "./terminalText.js";

const MAX_ERROR_CHARS = 1000;

/** `text` with every secret the command handled replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) if (secret) text = text.split(secret).join("***");
  return text;
}

/**
 * Writes the one line every `client-sso` failure ends with, for `roles` and the sign-in
 * commands alike: secrets masked, control characters escaped (a portal's message cannot drive
 * the terminal or add lines), cut at 1,000 characters, and for a usage error the `--help` to
 * run. Returns the exit status.
 */
export function writeFailure(
  stderr: CliStream,
  [message, exitCode]: [string, number],
  secrets: readonly string[],
  helpCommand: string,
): number {
  let line = escapeControl(redact(message, secrets));
  if (line.length > MAX_ERROR_CHARS) line = `${line.slice(0, MAX_ERROR_CHARS)}…`;
  stderr.write(errorLine("client-sso", line, exitCode, helpCommand));
  return exitCode;
}
