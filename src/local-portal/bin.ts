#!/usr/bin/env node
// The `client-sso-local-portal` command: start an emulator and keep it up until SIGINT or SIGTERM.
// Being stopped is how a server ends, so that exits 0 once it has closed (see EXIT for the rest).
import { EXIT } from "../util/args/exitStatus.js";
import { runCli } from "./cli.js";
import type { LocalPortal } from "./server.js";

let running: LocalPortal | undefined;
let stopRequested = false;
// Listening before the start: a signal that comes while the banner is still being written
// must not kill the process with the port open.
const stop = (): void => {
  stopRequested = true;
  if (running) void running.close().then(() => process.exit(EXIT.ok));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

void runCli(process.argv.slice(2), process).then(({ exitCode, portal }) => {
  if (!portal) {
    process.off("SIGINT", stop).off("SIGTERM", stop);
    process.exitCode = exitCode;
    return;
  }
  running = portal;
  if (stopRequested) stop();
});
