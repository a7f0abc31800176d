// The soak: 20,000 calls at concurrency 200 (after a 2,000-call warm-up) through the BUILT package
// (dist-cjs, built by `npm test` before vitest runs) against the local portal emulator, in a child
// process of its own so that "it exits by itself after destroy()" can be observed from outside.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist-cjs");
const CHILD = path.join(__dirname, "soak", "soakChild.cjs");
const REQUESTS = 20_000;
const CONCURRENCY = 200;
/** Once the figures are printed, the child has nothing left to do: it must be gone soon after. */
const EXIT_WITHIN_MS = 10_000;

interface Figures {
  requests: number;
  warmUp: number;
  answered: number;
  failures: number;
  failureNames: Record<string, number>;
  durationMs: number;
  requestsPerSecond: number;
  rssBeforeMB: number;
  rssAfterMB: number;
  heapUsedBeforeMB: number;
  heapUsedAfterMB: number;
  socketsBeforeDestroy: number;
  socketsAfterDestroy: number;
  warnings: { name: string; message: string }[];
}

interface ChildRun {
  figures?: Figures;
  output: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the figures line to the child's exit. */
  exitAfterMs?: number;
  killed: boolean;
}

const runChild = () =>
  new Promise<ChildRun>((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", CHILD, DIST, String(REQUESTS), String(CONCURRENCY)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let figures: Figures | undefined;
    let printedAt: number | undefined;
    let killed = false;
    let killTimer: NodeJS.Timeout | undefined;
    // A child that never exits is killed, and the test fails saying so.
    const overall = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, 150_000);
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (output += chunk));
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      const line = output.split("\n").find((l) => l.startsWith("SOAK "));
      if (line && !figures) {
        figures = JSON.parse(line.slice("SOAK ".length)) as Figures;
        printedAt = performance.now();
        killTimer = setTimeout(() => {
          killed = true;
          child.kill("SIGKILL");
        }, EXIT_WITHIN_MS);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(overall);
      clearTimeout(killTimer);
      resolve({
        figures,
        output,
        code,
        signal,
        killed,
        exitAfterMs: printedAt === undefined ? undefined : Math.round(performance.now() - printedAt),
      });
    });
  });

it(
  `soak: ${REQUESTS} calls at concurrency ${CONCURRENCY}, steady memory, no leaked sockets or listeners, exits by itself`,
  async () => {
    expect(existsSync(path.join(DIST, "index.js")), "dist-cjs is missing: run `npm run build` (npm test does)").toBe(true);
    expect(existsSync(path.join(DIST, "local-portal", "index.js"))).toBe(true);

    const run = await runChild();
    expect(run.figures, run.output).toBeDefined();
    const figures = run.figures!;
    console.log(
      `soak: ${figures.requests} calls (after ${figures.warmUp} warm-up) at concurrency ${CONCURRENCY} in ${figures.durationMs} ms ` +
        `(${figures.requestsPerSecond}/s), ${figures.failures} failures; RSS ${figures.rssBeforeMB} MB before, ${figures.rssAfterMB} MB after; ` +
        `heap ${figures.heapUsedBeforeMB} → ${figures.heapUsedAfterMB} MB; sockets ${figures.socketsBeforeDestroy} → ${figures.socketsAfterDestroy} after destroy(); ` +
        `warnings: ${figures.warnings.map((w) => w.name).join(", ") || "none"}; exited ${run.exitAfterMs} ms after its last line`
    );

    // Every call answered, none failed.
    expect(figures.failures, JSON.stringify(figures.failureNames)).toBe(0);
    expect(figures.answered).toBe(figures.requests + figures.warmUp);
    // No listener piled up on a socket, a signal or an emitter.
    expect(figures.warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    // Kept-alive sockets were reused (at most the agent's 50) and all closed after destroy().
    expect(figures.socketsBeforeDestroy).toBeLessThanOrEqual(100);
    expect(figures.socketsAfterDestroy).toBe(0);
    // Steady memory: 20,000 calls add no more than a generous allowance after the warm-up.
    expect(figures.rssAfterMB - figures.rssBeforeMB).toBeLessThan(64);
    expect(figures.heapUsedAfterMB - figures.heapUsedBeforeMB).toBeLessThan(32);
    // And the process ended on its own, promptly and cleanly.
    expect(run.killed, run.output).toBe(false);
    expect(run.code).toBe(0);
    expect(run.exitAfterMs).toBeLessThan(EXIT_WITHIN_MS);
  },
  180_000
);
