// A smoke test of the benchmark's pieces (bench/): they start, talk to each other and report.
// Nothing here measures or depends on speed; `npm run bench` does the measuring.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bench = (file: string) => fileURLToPath(new URL(`../../bench/${file}`, import.meta.url));
const oursModule = fileURLToPath(new URL("../../dist-cjs/index.js", import.meta.url));

let server: ChildProcess;
let port: number;

beforeAll(async () => {
  server = fork(bench("server.mjs"), [], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  port = await new Promise<number>((resolve) =>
    server.stdout!.once("data", (chunk) => resolve(JSON.parse(String(chunk)).port)),
  );
});
afterAll(() => server.disconnect());

describe("bench pieces", () => {
  it("has the built package to measure (npm test builds it first)", () => {
    expect(existsSync(oursModule)).toBe(true);
  });

  it("serves canned portal answers, paging 10,000 accounts", async () => {
    const get = async (path: string) =>
      (await fetch(`http://127.0.0.1:${port}${path}`, { headers: { "x-amz-sso_bearer_token": "t" } })).json();
    expect((await get("/federation/credentials?role_name=R&account_id=1")).roleCredentials.accessKeyId).toMatch(
      /^ASIA/,
    );
    expect((await get("/assignment/accounts")).accountList).toHaveLength(3);
    const last = await get("/assignment/accounts?max_result=100&next_token=9900");
    expect(last.accountList).toHaveLength(100);
    expect(last.nextToken).toBeUndefined();
    expect((await fetch(`http://127.0.0.1:${port}/assignment/accounts`)).status).toBe(401);
  });

  it.each(["ours", "original", "raw", "handler"])("completes a cold start: %s", (kind) => {
    const child = spawnSync(process.execPath, [bench("coldstart.cjs"), kind, String(port), oursModule], {
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^ASIA\w+\ncpu \d+\n$/);
  });

  it.each([
    ["throughput", "ours"],
    ["throughput", "raw"],
    ["paginate", "ours"],
    ["paginate", "original"],
  ])("runs a small load run: %s %s", async (mode, kind) => {
    const child = fork(bench("load.cjs"), [mode, kind, String(port), oursModule, "5", "40", "10", "5"], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const message = await new Promise<any>((resolve) => child.once("message", resolve));
    expect(message.ok).toBe(true);
    for (const value of Object.values(message.result)) expect(value).toBeGreaterThan(0);
  });

  it("bundles the client for the browser with the fetch handler", async () => {
    const { bundle } = await import(bench("bundle.mjs"));
    const result = await bundle({
      kind: "ours",
      platform: "browser",
      packageRoot: fileURLToPath(new URL("../..", import.meta.url)),
    });
    expect(result.httpHandler).toBe("fetch");
    expect(result.gzip).toBeGreaterThan(0);
    expect(result.gzip).toBeLessThan(result.raw);
  });

  it("computes medians and ratios", async () => {
    const { median, ratio, rotated } = await import(bench("stats.mjs"));
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(rotated(["a", "b", "c"], 1)).toEqual(["b", "c", "a"]);
  });
});
