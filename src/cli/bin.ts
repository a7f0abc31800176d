#!/usr/bin/env node
// The `client-sso` command. Ctrl-C stops the listing cleanly; a second one kills at once.
import type { CliIo } from "./io.js";
import { SIGNIN_COMMANDS } from "./signin/commands.js";

const interrupt = new AbortController();
process.once("SIGINT", () => interrupt.abort());
// `client-sso roles | head` closes the pipe early: that is not an error. Any other write
// failure (ENOSPC on a full disk, EIO) is one line and exit status 1, not a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`client-sso: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
});

const argv = process.argv.slice(2);
const io: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal };
// The sign-in commands skip loading the listing code: `credentials` runs as a credential_process.
const run = SIGNIN_COMMANDS.includes(argv[0] ?? "")
  ? import("./signin/run.js").then(({ runSignin }) => runSignin(argv[0] as "login", argv.slice(1), io))
  : import("./main.js").then(({ main }) => main(argv, io));
void run.then((exitCode) => {
  process.exitCode = exitCode;
});
