import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { type CliResult, type PortalFixture, runCli } from "../../src/local-portal/index.js";
import { ALICE, call, errorCode } from "./helpers.js";

const started: CliResult[] = [];
afterAll(async () => {
  await Promise.all(started.flatMap((result) => (result.portal ? [result.portal.close()] : [])));
});

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const result = await runCli(argv, io);
  started.push(result);
  return { ...result, out: () => stdout, err: () => stderr };
}

const ENDPOINT_LINE = /^SSO portal emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/m;

describe("runCli", () => {
  it("starts a portal, prints its endpoint and tokens, and serves", async () => {
    const { exitCode, portal, out } = await cli("--port", "0");
    expect(exitCode).toBe(0);
    expect(out().match(ENDPOINT_LINE)?.[1]).toBe(portal!.endpoint);
    expect(out()).toContain(`access token for alice: ${ALICE}`);
    expect(out()).not.toContain("expired");
    expect((await call(portal!.endpoint, "/assignment/accounts", { token: ALICE })).status).toBe(200);
  });

  it("passes the knobs through", async () => {
    const { portal } = await cli(
      "--generate",
      "30x2",
      "--page-size",
      "7",
      "--throttle",
      "1",
      "--burst",
      "2",
      "--cors",
      "--no-access-error",
      "ResourceNotFoundException",
      "--credential-duration",
      "900",
    );
    const token = "generated-token-1";
    const page = await call(portal!.endpoint, "/assignment/accounts", { token, headers: { origin: "http://page" } });
    expect(page.json.accountList).toHaveLength(7);
    expect(page.headers["access-control-allow-origin"]).toBe("http://page");
    const missing = await call(portal!.endpoint, "/assignment/roles?account_id=1", { token });
    expect(errorCode(missing)).toBe("ResourceNotFoundException");
    expect((await call(portal!.endpoint, "/assignment/accounts", { token })).status).toBe(429);
  });

  it("reads --fixtures, applies --latency ranges and failure knobs, and logs with --log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "local-portal-cli-"));
    try {
      const fixture: PortalFixture = {
        accounts: [],
        users: [{ userId: "dana", accessTokens: ["dana-token"], assignments: [] }],
      };
      writeFileSync(join(dir, "f.json"), JSON.stringify(fixture));
      const { portal, out } = await cli(
        "--fixtures",
        join(dir, "f.json"),
        "--latency",
        "20-30",
        "--failure-rate",
        "0",
        "--log",
      );
      expect(out()).toContain("access token for dana: dana-token");
      const response = await call(portal!.endpoint, "/assignment/accounts?max_result=3", { token: "dana-token" });
      expect(response.json).toEqual({ accountList: [] });
      expect(portal!.requestLog[0].durationMs).toBeGreaterThanOrEqual(18);
      expect(out()).toMatch(/GET \/assignment\/accounts 200 ListAccounts \d+\.\dms/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints help with exit code 0", async () => {
    const { exitCode, portal, out } = await cli("--help");
    expect(exitCode).toBe(0);
    expect(portal).toBeUndefined();
    expect(out()).toMatch(/Usage: client-sso-local-portal/);
    expect(out()).toContain("--throttle <rps>");
  });

  it.each([
    [["--bogus"], "unknown option --bogus"],
    [["--port", "abc"], "--port must be a whole number from 0 to 65,535"],
    [["--port", "-1"], "--port must be a whole number from 0 to 65,535"],
    [["--generate", "lots"], "--generate must be <accounts>x<roles>, e.g. 1000x3"],
    [["--fixtures", "a.json", "--generate", "1x1"], "use --fixtures or --generate, not both"],
    [["--no-access-error", "Nope"], "--no-access-error must be one of ForbiddenException, ResourceNotFoundException"],
    [["--failure-rate", "2"], "--failure-rate must be a number from 0 to 1"],
    [["--latency", "30-20"], "--latency must be a number from 0 to 600,000, or two of them as min-max"],
    [["--token-lifetime", "1.5"], "--token-lifetime must be a whole number from 1 to 31,536,000"],
    [["--region", "not a region"], "--region must be a region name such as us-east-1"],
    [["--host", ""], "--host is empty"],
    [["--port", "1", "--port", "2"], "--port given twice"],
  ])("exits 2 with one line for bad arguments %j", async (argv, message) => {
    const { exitCode, portal, out, err } = await cli(...argv);
    expect(exitCode).toBe(2);
    expect(portal).toBeUndefined();
    expect(out()).toBe("");
    expect(err()).toBe(`client-sso-local-portal: ${message} (run "client-sso-local-portal --help" for the options)\n`);
  });

  it("exits 1 with one line when the portal cannot start", async () => {
    const { exitCode, err } = await cli("--fixtures", "/nonexistent/fixture.json");
    expect(exitCode).toBe(1);
    expect(err()).toMatch(/^client-sso-local-portal: [^\n]*ENOENT[^\n]*\n$/);
  });

  it("--help wins over anything else on the line", async () => {
    const { exitCode, portal, out, err } = await cli("--bogus", "-h");
    expect(exitCode).toBe(0);
    expect(portal).toBeUndefined();
    expect(out()).toMatch(/^Usage: client-sso-local-portal/);
    expect(err()).toBe("");
  });
});

describe("bin", () => {
  const source = join(dirname(fileURLToPath(import.meta.url)), "../../src/local-portal");
  // The bin also uses the shared argument parser and file reader from the rest of src/.
  const sourceRoot = join(source, "..");

  it("has a node shebang so the built file works as an npm bin", () => {
    expect(readFileSync(join(source, "bin.ts"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("runs as a process: prints the endpoint, serves, and exits 0 on SIGTERM", async () => {
    // Transpile the emulator alone to CommonJS (no type check): fast, and no clash with the real build.
    const out = mkdtempSync(join(tmpdir(), "local-portal-bin-"));
    try {
      for (const file of listTs(sourceRoot)) {
        const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
        });
        const target = join(out, relative(sourceRoot, file)).replace(/\.ts$/, ".js");
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, outputText);
      }
      writeFileSync(join(out, "package.json"), '{"type":"commonjs"}');
      const child = spawn(process.execPath, [join(out, "local-portal", "bin.js"), "--port", "0", "--generate", "3x1"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      let stdout = "";
      const endpoint = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = stdout.match(ENDPOINT_LINE);
          if (match) resolve(match[1]);
        });
        child.on("exit", () => reject(new Error(`bin exited early: ${stdout}`)));
      });
      const response = await call(endpoint, "/assignment/accounts", { token: "generated-token-1" });
      expect(response.json.accountList).toHaveLength(3);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTs(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}
