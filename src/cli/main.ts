import { paginateAccountsWithRoles } from "../enumerate/paginateAccountsWithRoles.js";
import type { AccountsWithRolesProgress } from "../enumerate/Interfaces.js";
import { SSOClient } from "../SSOClient.js";
import { CliError, EXIT, isCliError, usageError } from "../util/args/index.js";
import { redact, writeFailure } from "./failureLine.js";
import type { CliIo, CliStream } from "./io.js";
import { csvWriter, jsonWriter, type RowWriter, tableWriter } from "./outputFormats.js";
import { ProgressBar } from "./progressBar.js";
import { resolveAccessToken } from "./resolveAccessToken.js";
import { type OutputFormat, parseRolesArguments, type RolesArguments } from "./rolesArguments.js";
import { namedTimeoutPlugin } from "./namedTimeouts.js";
import { escapeControl } from "./terminalText.js";
import { runSignin, SIGNIN_COMMANDS, type SigninCommand } from "./signin/run.js";
import { SIGNIN_SUMMARY } from "./signin/usage.js";
import { USAGE } from "./usage.js";

/**
 * `client-sso <command> [options]`: runs the command and resolves with the exit status. Every
 * failure ends here as one line on stderr, never a stack trace, never the access token.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const now = io.now ?? Date.now;
  const secrets: string[] = [];
  let bar: ProgressBar | undefined;
  try {
    const [command, ...rest] = argv;
    if (command === "help" || command === "--help" || command === "-h") {
      io.stdout.write(USAGE + SIGNIN_SUMMARY);
      return EXIT.ok;
    }
    if (command !== undefined && SIGNIN_COMMANDS.includes(command)) {
      return runSignin(command as SigninCommand, rest, io);
    }
    if (command === undefined) throw usageError("no command given");
    // Not echoed: a token pasted in the wrong place must not end up in a terminal's scrollback.
    if (command !== "roles")
      throw usageError('unknown command: the commands are "roles", "login", "credentials" and "logout"');
    const args = parseRolesArguments(rest);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const warn = (message: string): void => {
      bar?.clear();
      io.stderr.write(`client-sso: warning: ${escapeControl(redact(message, secrets))}\n`);
    };
    const { accessToken, region: tokenRegion } = await resolveAccessToken(args, io.env, now(), warn);
    secrets.push(accessToken);
    const region = pickRegion(args, tokenRegion, io.env);
    bar = args.progress && io.stderr.isTTY ? new ProgressBar(io.stderr, now) : undefined;
    await listRoles(args, { accessToken, region }, io, bar, now, warn);
    return EXIT.ok;
  } catch (error) {
    bar?.clear();
    // A usage error before the command is known points at the top-level help.
    const helpCommand = argv[0] === "roles" ? "client-sso roles" : "client-sso";
    return writeFailure(io.stderr, describe(error, io), secrets, helpCommand);
  }
}

async function listRoles(
  args: RolesArguments,
  { accessToken, region }: { accessToken: string; region: string },
  io: CliIo,
  bar: ProgressBar | undefined,
  now: () => number,
  warn: (message: string) => void,
): Promise<void> {
  const client = new SSOClient({
    region,
    ...(args.endpointUrl !== undefined && { endpoint: args.endpointUrl }),
    // A portal that never answers fails the attempt instead of holding the command forever.
    requestHandler: { requestTimeout: args.timeoutMs, connectionTimeout: args.timeoutMs },
    // Only warnings reach the user (the clear-text one, say); the per-call entries do not.
    logger: { trace() {}, debug() {}, info() {}, warn: (message: unknown) => warn(String(message)), error() {} },
  });
  client.middlewareStack.use(namedTimeoutPlugin(args.timeoutMs));
  const started = now();
  let last: AccountsWithRolesProgress | undefined;
  try {
    // Rows and the bar share a terminal when stdout is one too: take the bar off before each write.
    const out: CliStream =
      bar && io.stdout.isTTY ? { write: (text) => (bar.clear(), io.stdout.write(text)) } : io.stdout;
    const writer = rowWriter(args, out);
    const pages = paginateAccountsWithRoles(
      {
        client,
        concurrency: args.concurrency,
        maxRequestsPerSecond: args.rate,
        abortSignal: io.signal,
        onProgress: (progress) => {
          last = progress;
          bar?.update(progress);
        },
      },
      { accessToken },
    );
    for await (const { account, roles } of pages) {
      for (const role of roles) {
        writer.row({
          accountId: account.accountId ?? "",
          accountName: account.accountName ?? "",
          emailAddress: account.emailAddress ?? "",
          roleName: role.roleName ?? "",
        });
      }
    }
    bar?.finish();
    writer.end();
    // The summary is for a person at a terminal, with or without the bar.
    if (io.stderr.isTTY && last) io.stderr.write(`${summary(last, now() - started)}\n`);
  } finally {
    client.destroy();
  }
}

function rowWriter(
  { output: format, csvFormulas }: { output: OutputFormat; csvFormulas: boolean },
  out: CliStream,
): RowWriter {
  if (format === "json") return jsonWriter(out);
  if (format === "csv") return csvWriter(out, { formulas: csvFormulas });
  return tableWriter(out);
}

/** `--region`, the profile's `sso_region` (or the cached token's), the environment; any region will do for a custom endpoint. */
function pickRegion(
  args: RolesArguments,
  tokenRegion: string | undefined,
  env: Record<string, string | undefined>,
): string {
  const region = args.region ?? tokenRegion ?? (env.AWS_REGION || undefined) ?? (env.AWS_DEFAULT_REGION || undefined);
  if (region) return region;
  if (args.endpointUrl !== undefined) return "us-east-1";
  throw new CliError(
    "no region: pass --region with the region of your IAM Identity Center instance, or set AWS_REGION",
  );
}

function summary(progress: AccountsWithRolesProgress, elapsedMs: number): string {
  const { accountsDone, rolesFound, requests, throttled } = progress;
  return `${accountsDone} accounts, ${rolesFound} roles in ${(elapsedMs / 1000).toFixed(1)} s (${requests} requests, ${throttled} throttled)`;
}

/** The message for an error, and the exit status that goes with it. */
function describe(error: unknown, io: CliIo): [string, number] {
  if (isCliError(error)) return [error.message, error.exitCode];
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
  if (name === "AbortError" && io.signal?.aborted) return ["interrupted", EXIT.interrupted];
  if (name === "UnauthorizedException") {
    return [
      `the portal refused the access token (${name}: ${message}); sign in again, e.g. "aws sso login"`,
      EXIT.failure,
    ];
  }
  if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return [`cannot reach the portal: ${message}`, EXIT.failure];
  if (error instanceof Error) return [name && name !== "Error" ? `${name}: ${message}` : String(message), EXIT.failure];
  return [String(error), EXIT.failure];
}
