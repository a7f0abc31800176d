#!/usr/bin/env node
// The `client-sso-local-portal` command: start an emulator and keep it up until SIGINT or SIGTERM.
import { runCli } from "./cli.js";

void runCli(process.argv.slice(2), process).then(({ exitCode, portal }) => {
  if (!portal) {
    process.exitCode = exitCode;
    return;
  }
  const stop = (): void => {
    void portal.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
});
