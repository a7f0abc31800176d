#!/usr/bin/env node
// The `client-sso` command. Ctrl-C stops the listing cleanly; a second one kills at once.
import { main } from "./main.js";

const interrupt = new AbortController();
process.once("SIGINT", () => interrupt.abort());
// `client-sso roles | head` closes the pipe early: that is not an error. Any other write
// failure (ENOSPC on a full disk, EIO) is one line and exit status 1, not a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`client-sso: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
});

void main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: interrupt.signal,
}).then((exitCode) => {
  process.exitCode = exitCode;
});
