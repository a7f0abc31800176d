/**
 * The exit statuses of both bins, `client-sso` and `client-sso-local-portal`: scripts can tell a
 * mistake in the command line (2) from a failure at run time (1) and from Ctrl-C (130, the
 * shell's 128 + SIGINT).
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one line a failure ends with on stderr: `<bin>: <message>`, and for a usage error the
 * command whose `--help` lists the options, on the same line (scripts and the README count on
 * one line). `message` must already be one line, with nothing secret in it.
 */
export function errorLine(bin: string, message: string, exitCode: number, helpCommand: string): string {
  const hint = exitCode === EXIT.usage ? ` (run "${helpCommand} --help" for the options)` : "";
  return `${bin}: ${message}${hint}\n`;
}
