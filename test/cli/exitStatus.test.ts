// One exit-code scheme and one usage-error format for both bins, `client-sso` and
// `client-sso-local-portal`, checked on the built bins as real processes: 0 ok, 1 failure,
// 2 usage error (one line on stderr), 130 interrupted; `--help` on stdout with 0.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { run, SigninHome } from "../signin/helpers.js";

const root = join(import.meta.dirname, "..", "..");
const CLIENT = join(root, "dist-cjs", "cli", "bin.js");
const PORTAL = join(root, "dist-cjs", "local-portal", "bin.js");

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a bin; `exit` resolves when it has exited, `stderrUntil` when its stderr matches. */
function start(bin: string, argv: string[], env: Record<string, string | undefined> = {}) {
  expect(existsSync(bin), `${bin} is missing: run "npm run build" first (npm test does)`).toBe(true);
  const child: ChildProcess = spawn(process.execPath, [bin, ...argv], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr!.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exit = new Promise<Exit>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  const until = (stream: "stdout" | "stderr", pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(stream === "stdout" ? stdout : stderr)) resolve();
      };
      child[stream]!.on("data", check);
      void exit.then((result) => reject(new Error(`exited (${result.status}) first: ${result.stderr}`)));
      check();
    });
  return { child, exit, until };
}

const runBin = (bin: string, argv: string[], env?: Record<string, string | undefined>) => start(bin, argv, env).exit;

const usageLine = (bin: string, help: string, message: string) =>
  `${bin}: ${message} (run "${help} --help" for the options)\n`;

let portal: LocalPortal;
let home: SigninHome;
beforeAll(async () => {
  portal = await createLocalPortal({ deviceCodeIntervalSeconds: 0 });
  home = new SigninHome(portal);
});
afterAll(async () => {
  home.remove();
  await portal.close();
});

describe("--help: the usage on stdout, exit 0, whatever else is on the line", () => {
  it.each([
    [CLIENT, ["--help"], /^Usage: client-sso roles/],
    [CLIENT, ["roles", "--bogus", "-h"], /^Usage: client-sso roles/],
    [CLIENT, ["login", "--help"], /^Usage: client-sso login/],
    [CLIENT, ["credentials", "-h", "stray"], /^Usage: client-sso credentials/],
    [CLIENT, ["logout", "--all", "--help"], /^Usage: client-sso logout/],
    [PORTAL, ["--help"], /^Usage: client-sso-local-portal/],
    [PORTAL, ["--port", "x", "-h"], /^Usage: client-sso-local-portal/],
  ])("%s %j", async (bin, argv, usage) => {
    const result = await runBin(bin, argv);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(usage);
    expect(result.stdout).toMatch(/Exit status: 0 [^]*2 on a usage error/);
  });
});

describe("usage errors: exit 2 and one line in one format", () => {
  it.each([
    [CLIENT, [], "client-sso", "no command given"],
    [CLIENT, ["roles", "--rate", "fast"], "client-sso roles", "--rate must be a number from 0.001 to 100,000"],
    [CLIENT, ["roles", "--timeout=0"], "client-sso roles", "--timeout must be a number from 0.1 to 3,600"],
    [CLIENT, ["login", "--region", "us-east-1"], "client-sso login", "--start-url and --region go together"],
    [CLIENT, ["credentials", "--no-browser"], "client-sso credentials", "unknown option --no-browser"],
    [CLIENT, ["logout", "--profile", ""], "client-sso logout", "--profile is empty"],
    // Thrown in a chunk the bin loads lazily: still a usage error, not "CliError: …" with 1.
    [CLIENT, ["credentials"], "client-sso credentials", "name the profile with --profile (or set AWS_PROFILE)"],
    [PORTAL, ["--throttle", "fast"], "client-sso-local-portal", "--throttle must be a number from 0 to 1,000,000"],
    [PORTAL, ["stray"], "client-sso-local-portal", "unexpected argument: only flags are taken"],
  ])("%s %j", async (bin, argv, help, message) => {
    const result = await runBin(bin, argv, { HOME: home.dir });
    const name = bin === CLIENT ? "client-sso" : "client-sso-local-portal";
    expect(result).toEqual({ status: 2, stdout: "", stderr: usageLine(name, help, message) });
  });
});

describe("failures: exit 1 and one line, without the usage hint", () => {
  it("client-sso roles with a profile that does not exist", async () => {
    const result = await runBin(CLIENT, ["roles", "--profile", "nope"], home.env);
    expect(result).toEqual({
      status: 1,
      stdout: "",
      stderr: `client-sso: profile "nope" not found in ${home.configFile}\n`,
    });
  });

  it("client-sso credentials without a sign-in", async () => {
    const result = await runBin(CLIENT, ["credentials", "--profile", "dev"], home.env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^client-sso: [^\n]+\n$/);
    expect(result.stderr).not.toContain("--help");
  });

  it("client-sso-local-portal with a fixture file that does not exist", async () => {
    const result = await runBin(PORTAL, ["--fixtures", join(home.dir, "missing.json")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^client-sso-local-portal: [^\n]*ENOENT[^\n]*\n$/);
  });
});

describe("Ctrl-C", () => {
  let silent: Server;
  let silentUrl: string;
  let arrived: (() => void) | undefined;
  /** Resolves when the silent portal has the next request. */
  const nextRequest = () => new Promise<void>((resolve) => (arrived = resolve));
  beforeAll(async () => {
    // A portal that takes the request and never answers: the command is waiting when Ctrl-C comes.
    silent = createServer(() => arrived?.());
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("client-sso roles: exit 130 and one line", async () => {
    const requested = nextRequest();
    const bin = start(CLIENT, ["roles", "--endpoint-url", silentUrl, "--access-token", "generated-token-1"], {
      HOME: home.dir,
    });
    await requested;
    bin.child.kill("SIGINT");
    expect(await bin.exit).toEqual({ status: 130, stdout: "", stderr: "client-sso: interrupted\n" });
  });

  it("client-sso login while it waits for the approval: exit 130 and one line after the instructions", async () => {
    const bin = start(CLIENT, ["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    await bin.until("stderr", /code: [A-Z]{4}-[A-Z]{4}\n/);
    bin.child.kill("SIGINT");
    const result = await bin.exit;
    expect(result.status).toBe(130);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("client-sso: interrupted");
  });

  it("client-sso credentials waiting for the portal: exit 130 and one line", async () => {
    const signedIn = await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env, (text) => {
      const code = /code: ([A-Z]{4}-[A-Z]{4})/.exec(text)?.[1];
      if (code) portal.approveDevice(code, "alice");
    });
    expect(signedIn.code).toBe(0);
    const requested = nextRequest();
    const bin = start(CLIENT, ["credentials", "--profile", "dev"], { ...home.env, AWS_ENDPOINT_URL_SSO: silentUrl });
    await requested;
    bin.child.kill("SIGINT");
    expect(await bin.exit).toEqual({ status: 130, stdout: "", stderr: "client-sso: interrupted\n" });
  });

  it("client-sso-local-portal: a server's normal end, exit 0 once it has closed", async () => {
    const bin = start(PORTAL, ["--port", "0"]);
    await bin.until("stdout", /listening on http:\/\/127\.0\.0\.1:\d+/);
    bin.child.kill("SIGINT");
    const result = await bin.exit;
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });
});
