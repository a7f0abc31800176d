// README "Installing", step by step: `npm pack` in the repository, `npm install <tarball>` in an
// empty project, then `require` and `import` from that project and one call to the emulator.
// (test/ecosystem/package.test.ts checks the tarball's contents and types in depth; this is the
// newcomer's path, kept small.)
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { assertBuilt, childEnv, repoRoot, run } from "../ecosystem/helpers.js";

const SLOW = 300_000;

let work: string;
let app: string;
let tarball: string;
let portal: LocalPortal;

beforeAll(async () => {
  assertBuilt();
  work = await mkdtemp(join(tmpdir(), "client-sso-install-"));
  // `npm pack` prints the tarball's name last; the README says it is client-sso-<version>.tgz.
  const { stdout } = await run("npm", ["pack", "--pack-destination", work], { cwd: repoRoot });
  tarball = stdout.trim().split("\n").at(-1)!;
  app = join(work, "my-app");
  await mkdir(app);
  await writeFile(
    join(app, "package.json"),
    JSON.stringify({ name: "my-app", version: "1.0.0", private: true }, null, 2),
  );
  await run("npm", ["install", `../${tarball}`, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: app });
  portal = await createLocalPortal();
}, SLOW);

afterAll(async () => {
  await portal?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const script = (load: string) => `${load}
const client = new SSOClient({ region: "us-east-1", endpoint: process.argv[2] });
const { accountList } = await client.send(new ListAccountsCommand({ accessToken: "local-portal-token-alice" }));
client.destroy();
console.log(JSON.stringify(accountList.map((account) => account.accountName)));
`;

describe("installing from the packed tarball (README: Installing)", () => {
  it("is named client-sso-<version>.tgz and recorded as a file: dependency", async () => {
    const { version } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(tarball).toBe(`client-sso-${version}.tgz`);
    const manifest = JSON.parse(await readFile(join(app, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies).toEqual({ "client-sso": `file:../${tarball}` });
  });

  it("`require` and `import` both load it and call the emulator", async () => {
    // The CommonJS file wraps the call in an async function (no top-level await there).
    const cjs = script('const { SSOClient, ListAccountsCommand } = require("client-sso");').replace(
      /^const client[\s\S]*$/m,
      (body) => `(async () => {\n${body}})().catch((error) => { console.error(error); process.exitCode = 1; });\n`,
    );
    await writeFile(join(app, "call.cjs"), cjs);
    await writeFile(join(app, "call.mjs"), script('import { SSOClient, ListAccountsCommand } from "client-sso";'));
    const expected = JSON.stringify(["Development", "Production"]);
    for (const file of ["call.cjs", "call.mjs"]) {
      const { stdout } = await run(process.execPath, [file, portal.endpoint], { cwd: app, env: childEnv() });
      expect(stdout.trim(), file).toBe(expected);
    }
    const resolved = await run(process.execPath, ["-p", 'require.resolve("client-sso")'], {
      cwd: app,
      env: childEnv(),
    });
    expect(resolved.stdout.trim()).toBe(join(app, "node_modules/client-sso/dist-cjs/index.js"));
  });
});
