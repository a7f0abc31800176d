#!/usr/bin/env node
// The `client-sso` command. Ctrl-C stops the listing cleanly; a second one kills at once.
import { EXIT } from "../util/args/exitStatus.js";
import type { CliIo } from "./io.js";
import { SIGNIN_COMMANDS } from "./signin/commands.js";

/** The commands that watch the abort signal (the others take a moment and exit on Ctrl-C at once). */
const STOPS_ON_SIGNAL: readonly string[] = ["roles", "login"];

const argv = process.argv.slice(2);
const interrupt = new AbortController();
process.once("SIGINT", () => {
  interrupt.abort();
  // `roles` and `login` stop on the signal and end with their own line; the short commands
  // (`credentials`, `logout`) end at once, as without a handler, in the same words and status.
  if (!STOPS_ON_SIGNAL.includes(argv[0] ?? "")) {
    process.stderr.write("client-sso: interrupted\n");
    process.exit(EXIT.interrupted);
  }
});
// `client-sso roles | head` closes the pipe early: that is not an error. Any other write
// failure (ENOSPC on a full disk, EIO) is one line and exit status 1, not a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`client-sso: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(EXIT.failure);
});

const io: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal };
// The sign-in commands skip loading the listing code: `credentials` runs as a credential_process.
const run = SIGNIN_COMMANDS.includes(argv[0] ?? "")
  ? import("./signin/run.js").then(({ runSignin }) => runSignin(argv[0] as "login", argv.slice(1), io))
  : import("./main.js").then(({ main }) => main(argv, io));
void run.then((exitCode) => {
  process.exitCode = exitCode;
});
