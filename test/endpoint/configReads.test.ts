// The shared config and credentials files are read once per client, whatever the number of
// settings that look at them. A child process counts the reads: a preload wraps
// fs.promises.readFile before any module takes it, then the built package (dist-cjs) sends one
// ListAccounts to a loopback server with every setting left to the environment and the files.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, expect, it } from "vitest";

import { startCapturingServer, type CapturingServer } from "../support/capturingServer.js";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist-cjs", "index.js");

let server: CapturingServer;
let dir: string;
beforeAll(async () => {
  server = await startCapturingServer();
  dir = mkdtempSync(path.join(tmpdir(), "client-sso-reads-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const PRELOAD = `
const fsp = require("node:fs/promises");
const original = fsp.readFile;
globalThis.__reads = [];
fsp.readFile = function (file, ...rest) { globalThis.__reads.push(String(file)); return original.call(this, file, ...rest); };
`;

const CHILD = (dist: string) => `
const { SSOClient, ListAccountsCommand } = require(${JSON.stringify(dist)});
(async () => {
  const counts = [];
  for (let client = 0; client < 2; client++) {
    const before = globalThis.__reads.length;
    const sso = new SSOClient({});
    await sso.send(new ListAccountsCommand({ accessToken: "t" }));
    await sso.send(new ListAccountsCommand({ accessToken: "t" }));
    const reads = globalThis.__reads.slice(before);
    counts.push({
      config: reads.filter((f) => f === process.env.AWS_CONFIG_FILE).length,
      credentials: reads.filter((f) => f === process.env.AWS_SHARED_CREDENTIALS_FILE).length,
    });
    sso.destroy();
  }
  process.stdout.write(JSON.stringify(counts));
})().catch((error) => { console.error(error); process.exit(1); });
`;

it("one client reads each shared file once, however many settings come from them; a second client reads them again", async () => {
  expect(existsSync(DIST), "dist-cjs is missing: run `npm run build` (npm test does)").toBe(true);
  const config = path.join(dir, "config");
  const credentials = path.join(dir, "credentials");
  writeFileSync(
    config,
    `[profile reads]\nregion = eu-west-1\nmax_attempts = 2\nretry_mode = standard\nendpoint_url = ${server.endpoint}\n`,
  );
  writeFileSync(credentials, "[reads]\naws_access_key_id = AKID\n");
  writeFileSync(path.join(dir, "preload.cjs"), PRELOAD);
  writeFileSync(path.join(dir, "child.cjs"), CHILD(DIST));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_PROFILE: "reads",
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
  };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--require", path.join(dir, "preload.cjs"), path.join(dir, "child.cjs")],
    {
      env,
      timeout: 20_000,
    },
  );
  expect(JSON.parse(stdout)).toEqual([
    { config: 1, credentials: 1 },
    { config: 1, credentials: 1 },
  ]);
  // The endpoint came from the profile's endpoint_url: both clients' requests reached this server.
  expect(server.requests).toHaveLength(4);
});
