"use strict";
// `client-sso roles --help` as a fresh process runs it, with this process's CPU time (user +
// system, µs) on stderr at exit. argv: <path of the built bin (dist-cjs/cli/bin.js)>, or "none" for
// an empty node process (the baseline).
const [bin] = process.argv.slice(2);
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`cpu ${user + system}\n`);
});
if (bin !== "none") {
  process.argv = [process.argv[0], bin, "roles", "--help"];
  require(bin);
}
