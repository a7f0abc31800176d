#!/usr/bin/env node
// The `client-sso-local-portal` command: start an emulator and keep it up until SIGINT or SIGTERM.
// Being stopped is how a server ends, so that exits 0 once it has closed (see EXIT for the rest).
import { EXIT } from "../util/args/exitStatus.js";
import { runCli } from "./cli.js";

void runCli(process.argv.slice(2), process).then(({ exitCode, portal }) => {
  if (!portal) {
    process.exitCode = exitCode;
    return;
  }
  const stop = (): void => {
    void portal.close().then(() => process.exit(EXIT.ok));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
});
