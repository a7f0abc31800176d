// The soak: 20,000 calls at concurrency 200, in two batches of 10,000 after a 2,000-call warm-up,
// through the BUILT package (dist-cjs, built by `npm test` before vitest runs) against the local
// portal emulator, in a child process of its own so that "it exits by itself after destroy()" can
// be observed from outside.
//
// Memory must level off, on every Node.js line. A leak grows every batch alike; a runtime that sizes
// itself to the load grows once. Node.js 24's V8 lets the young generation grow to 64 MiB
// semi-spaces under this allocation rate (Node.js 20 and 22 stay at 16 MiB), so its RSS rises by
// 60-90 MB in the first batch and then stays, with the heap in use flat at about 10 MB; Node.js 22's
// parallel GC threads keep about 40 MB of pages after the first batch. Hence: the second batch may
// add at most half of what the first added, or a fixed allowance for pages the allocator touches
// late; the heap in use and the memory outside it (Buffers) must not grow at all.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist-cjs");
const CHILD = path.join(__dirname, "soak", "soakChild.cjs");
/** Calls per batch; there are two. */
const BATCH = 10_000;
const CONCURRENCY = 200;
/** Once the figures are printed, the child has nothing left to do: it must be gone soon after. */
const EXIT_WITHIN_MS = 10_000;

interface Memory {
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
  arrayBuffersMB: number;
}

/** Late page touches by the allocator and the young generation, seen up to 25 MB on Node.js 24. */
const RSS_ALLOWANCE_MB = 32;

interface Figures {
  node: string;
  requests: number;
  warmUp: number;
  answered: number;
  failures: number;
  failureNames: Record<string, number>;
  durationMs: number;
  requestsPerSecond: number;
  memory: { before: Memory; afterFirst: Memory; afterSecond: Memory };
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
    const child = spawn(process.execPath, ["--expose-gc", CHILD, DIST, String(BATCH), String(CONCURRENCY)], {
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

it(`soak: ${2 * BATCH} calls at concurrency ${CONCURRENCY}, memory that levels off, no leaked sockets or listeners, exits by itself`, async () => {
  expect(existsSync(path.join(DIST, "index.js")), "dist-cjs is missing: run `npm run build` (npm test does)").toBe(
    true,
  );
  expect(existsSync(path.join(DIST, "local-portal", "index.js"))).toBe(true);

  const run = await runChild();
  expect(run.figures, run.output).toBeDefined();
  const figures = run.figures!;
  const { before, afterFirst, afterSecond } = figures.memory;
  const growth = (key: keyof Memory) => ({
    first: Math.round((afterFirst[key] - before[key]) * 10) / 10,
    second: Math.round((afterSecond[key] - afterFirst[key]) * 10) / 10,
  });
  const rss = growth("rssMB");
  const heap = growth("heapUsedMB");
  const outside = growth("externalMB");
  console.log(
    `soak on Node.js ${figures.node}: ${figures.requests} calls (after ${figures.warmUp} warm-up) at concurrency ${CONCURRENCY} ` +
      `in ${figures.durationMs} ms (${figures.requestsPerSecond}/s), ${figures.failures} failures; ` +
      `RSS ${before.rssMB} → ${afterFirst.rssMB} → ${afterSecond.rssMB} MB; heap used ${before.heapUsedMB} → ${afterFirst.heapUsedMB} → ${afterSecond.heapUsedMB} MB; ` +
      `external ${before.externalMB} → ${afterSecond.externalMB} MB; sockets ${figures.socketsBeforeDestroy} → ${figures.socketsAfterDestroy} after destroy(); ` +
      `warnings: ${figures.warnings.map((w) => w.name).join(", ") || "none"}; exited ${run.exitAfterMs} ms after its last line`,
  );

  // Every call answered, none failed.
  expect(figures.failures, JSON.stringify(figures.failureNames)).toBe(0);
  expect(figures.answered).toBe(figures.requests + figures.warmUp);
  // No listener piled up on a socket, a signal or an emitter.
  expect(figures.warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  // Kept-alive sockets were reused (at most the agent's 50) and all closed after destroy().
  expect(figures.socketsBeforeDestroy).toBeLessThanOrEqual(100);
  expect(figures.socketsAfterDestroy).toBe(0);
  // Memory levels off: the second batch adds at most half of the first's growth (or the allowance).
  expect(rss.second, `RSS growth per batch ${JSON.stringify(rss)} MB`).toBeLessThanOrEqual(
    Math.max(RSS_ALLOWANCE_MB, rss.first / 2),
  );
  // Objects and Buffers: nothing retained per call (10,000 calls leaking 400 bytes each would show).
  expect(heap.second, `heap growth per batch ${JSON.stringify(heap)} MB`).toBeLessThan(4);
  expect(outside.second, `external growth per batch ${JSON.stringify(outside)} MB`).toBeLessThan(4);
  expect(afterSecond.arrayBuffersMB - before.arrayBuffersMB).toBeLessThan(4);
  // And the process ended on its own, promptly and cleanly.
  expect(run.killed, run.output).toBe(false);
  expect(run.code).toBe(0);
  expect(run.exitAfterMs).toBeLessThan(EXIT_WITHIN_MS);
}, 180_000);
