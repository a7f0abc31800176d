// `client-sso credentials` start to exit, as a credential_process runs it: with its local
// credentials cache (no request) and without it (token file read, GetRoleCredentials over
// loopback), beside `aws configure export-credentials` when the AWS CLI v2 is installed.
// Against the emulator; measures the package as last built (run `npm run build` first).
//
//   node bench/credentials.mjs [--rounds N]     (default 21)
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { fmt, median, table } from "./stats.mjs";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const bin = join(root, "dist-cjs/cli/bin.js");
const { values } = parseArgs({ options: { rounds: { type: "string" } } });
const rounds = Number(values.rounds ?? 21);

const { createLocalPortal } = await import(join(root, "dist-cjs/local-portal/index.js"));
const portal = await createLocalPortal({ autoApprove: "alice", deviceCodeIntervalSeconds: 0 });
const home = mkdtempSync(join(tmpdir(), "client-sso-bench-credentials-"));
mkdirSync(join(home, ".aws"), { recursive: true });
writeFileSync(
  join(home, ".aws/config"),
  `[profile dev]
sso_session = local
sso_account_id = 111122223333
sso_role_name = ReadOnlyAccess
region = us-east-1

[sso-session local]
sso_start_url = ${portal.startUrl}
sso_region = us-east-1
sso_registration_scopes = sso:account:access
`,
);
const env = {
  PATH: process.env.PATH,
  HOME: home,
  AWS_CONFIG_FILE: join(home, ".aws/config"),
  AWS_ENDPOINT_URL_SSO_OIDC: portal.endpoint,
  AWS_ENDPOINT_URL_SSO: portal.endpoint,
};

/** Start to exit of one child process, in ms; fails loudly on a non-zero exit. */
const time = (command, args) =>
  new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) =>
      code === 0
        ? resolvePromise(performance.now() - started)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr}`)),
    );
  });

try {
  await time(process.execPath, [bin, "login", "--profile", "dev", "--use-device-code", "--no-browser"]);
  const samples = { node: [], cached: [], uncached: [], aws: [] };
  const awsVersion = spawnSync("aws", ["--version"], { encoding: "utf8" });
  const awsText = `${awsVersion.stdout ?? ""}${awsVersion.stderr ?? ""}`.trim();
  const hasAwsV2 = awsVersion.status === 0 && /^aws-cli\/2\./.test(awsText);
  for (let round = 0; round < rounds; round++) {
    samples.node.push(await time(process.execPath, ["-e", ""]));
    rmSync(join(home, ".aws/client-sso"), { recursive: true, force: true });
    samples.uncached.push(await time(process.execPath, [bin, "credentials", "--profile", "dev"]));
    samples.cached.push(await time(process.execPath, [bin, "credentials", "--profile", "dev"]));
    if (hasAwsV2) samples.aws.push(await time("aws", ["configure", "export-credentials", "--profile", "dev"]));
  }
  const row = (name, values) => [name, fmt(median(values)), fmt(Math.min(...values)), fmt(Math.max(...values))];
  const rows = [
    row("node -e '' (process start, for scale)", samples.node),
    row("client-sso credentials, cached (no request)", samples.cached),
    row("client-sso credentials, uncached (GetRoleCredentials)", samples.uncached),
  ];
  if (hasAwsV2) rows.push(row("aws configure export-credentials", samples.aws));
  console.log(`client-sso credentials, start to exit, ${rounds} rounds, Node ${process.version}\n`);
  console.log(table(["command", "median ms", "min ms", "max ms"], rows));
  if (!hasAwsV2) {
    console.log(
      `\naws configure export-credentials: skipped, ${awsVersion.error ? "the AWS CLI is not installed" : `the AWS CLI found is ${awsText.split(" ")[0]}, not v2 (v1 has no configure export-credentials)`}.`,
    );
  }
} finally {
  await portal.close();
  rmSync(home, { recursive: true, force: true });
}
