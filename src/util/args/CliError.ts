import { EXIT } from "./exitStatus.js";

/**
 * A problem the user can fix (a flag, a profile, a token), told in one line without a stack,
 * with the exit status of {@link EXIT}: usage errors 2, Ctrl-C 130, everything else 1.
 */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    message: string,
    readonly exitCode: typeof EXIT.failure | typeof EXIT.usage | typeof EXIT.interrupted = EXIT.failure,
  ) {
    super(message);
  }
}

/** A usage error: wrong flags or values (exit status 2). */
export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);

/** The command stopped on Ctrl-C (exit status 130). */
export const interruptedError = (): CliError => new CliError("interrupted", EXIT.interrupted);

/**
 * Whether `error` is a {@link CliError}, by its shape: each lazily loaded chunk of the built bin
 * (`login`, `credentials`, `logout`) holds its own copy of the class, so `instanceof` would
 * miss the ones thrown there, turning a usage error into "CliError: …" with exit status 1.
 */
export function isCliError(error: unknown): error is CliError {
  const { name, exitCode } = (error ?? {}) as { name?: unknown; exitCode?: unknown };
  return error instanceof Error && name === "CliError" && (exitCode === 1 || exitCode === 2 || exitCode === 130);
}
