// The sign-in commands read the files someone else may have replaced (the config file, the token
// cache, the client registration, the role credentials cache) as `roles` does: a FIFO, a device
// or a huge file is refused at once, never read (a FIFO used to hang `logout --all` forever).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { credentialsCacheDirectory, ssoCacheDirectory } from "../../src/credentials/paths.js";
import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { run, SigninHome } from "../signin/helpers.js";

let portal: LocalPortal;
let home: SigninHome;

beforeAll(async () => {
  portal = await createLocalPortal({ autoApprove: "alice", deviceCodeIntervalSeconds: 0 });
});
afterAll(() => portal.close());
beforeEach(() => {
  home = new SigninHome(portal);
});
afterEach(() => home.remove());

function mkfifo(path: string): void {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  try {
    execFileSync("mkfifo", [path]);
  } catch (error) {
    throw new Error(`this test needs mkfifo (coreutils): ${(error as Error).message}`, { cause: error });
  }
}

const login = () => run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
const operations = () => portal.requestLog.map((entry) => entry.operation).filter(Boolean);

describe("hostile files for login, credentials and logout", () => {
  it("a FIFO as the config file: one line, exit 1, at once", async () => {
    mkfifo(home.configFile);
    const started = Date.now();
    const result = await run(["login", "--sso-session", "local"], home.env);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`client-sso: refusing the AWS config file: ${home.configFile} is not a regular file\n`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a FIFO as the token cache: credentials refuses it in one line", async () => {
    mkfifo(home.tokenFile);
    const result = await run(["credentials", "--profile", "dev"], home.env);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `client-sso: refusing the SSO token cache file: ${home.tokenFile} is not a regular file; run "client-sso login --profile dev"\n`,
    );
  });

  it("a FIFO as the cached client registration: login registers again", async () => {
    expect((await login()).code).toBe(0);
    const registration = readdirSync(ssoCacheDirectory(home.env))
      .map((name) => join(ssoCacheDirectory(home.env), name))
      .find((path) => path !== home.tokenFile);
    expect(registration, "login caches its client registration next to the token").toBeDefined();
    mkfifo(registration!);
    portal.clearRequestLog();
    const again = await login();
    expect(again.code).toBe(0);
    expect(operations()).toContain("RegisterClient");
  });

  it("a FIFO and a /dev/zero symlink among the role credentials: credentials fetches fresh ones", async () => {
    expect(existsSync("/dev/zero"), "this test needs /dev/zero").toBe(true);
    expect((await login()).code).toBe(0);
    expect((await run(["credentials", "--profile", "dev"], home.env)).code).toBe(0);
    const folder = credentialsCacheDirectory(home.env);
    const [entry] = readdirSync(folder);
    mkfifo(join(folder, entry));
    symlinkSync("/dev/zero", join(folder, "zero.json"));
    portal.clearRequestLog();
    const result = await run(["credentials", "--profile", "dev"], home.env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ Version: 1 });
    expect(operations()).toEqual(["GetRoleCredentials"]);
  });

  it("logout --all skips a FIFO and a /dev/zero symlink in the token cache and signs out of the rest", async () => {
    expect((await login()).code).toBe(0);
    const cache = ssoCacheDirectory(home.env);
    mkfifo(join(cache, "fifo.json"));
    symlinkSync("/dev/zero", join(cache, "zero.json"));
    writeFileSync(join(cache, "huge.json"), Buffer.alloc(2 * 1024 * 1024, 0x20));
    const started = Date.now();
    const result = await run(["logout", "--all"], home.env);
    expect(result.code).toBe(0);
    expect(result.err).toBe(`Signed out of ${portal.startUrl}.\n`);
    expect(existsSync(home.tokenFile)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
