/**
 * A problem the user can fix (a flag, a profile, a token), told in one line without a stack.
 * `exitCode` 2 is for command-line usage, 1 for everything else.
 */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** A usage error: wrong flags or values. */
export const usageError = (message: string): CliError => new CliError(message, 2);
