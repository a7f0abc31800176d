// Cold start in instructions: each subject's process (bench/coldstart.cjs) run under
// `valgrind --tool=callgrind`, which counts the instructions the CPU executes. Unlike wall or CPU
// time, the count hardly moves with the machine's load (within about ±1 %), so small differences
// show on a shared machine. Needs valgrind (Debian: apt-get install valgrind).
//
//   node bench/instructions.mjs [--rounds N] [--port P] [--package DIR]   (alone: prints JSON)
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { median, rotated } from "./stats.mjs";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
export const VALGRIND = process.env.VALGRIND ?? "valgrind";

export const hasValgrind = () => spawnSync(VALGRIND, ["--version"], { encoding: "utf8" }).status === 0;

/** Instructions of one process: `args` run by node under callgrind. */
export const instructionsOf = (args, env) => {
  const child = spawnSync(VALGRIND, ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, ...args], {
    env,
    encoding: "utf8",
  });
  const match = /Collected\s*:\s*(\d+)/.exec(child.stderr);
  if (child.status !== 0 || !match)
    throw new Error(
      `callgrind ${args.join(" ")} failed (${child.status}):\n${child.stdout}\n${child.stderr.slice(-2000)}`,
    );
  return Number(match[1]);
};

/** Median instructions per kind of bench/coldstart.cjs over alternating rounds. */
export const coldStartInstructions = ({ kinds, port, oursModule, env, rounds = 3, log = () => {} }) => {
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const kind of rotated(kinds, round)) {
      samples[kind].push(instructionsOf([join(benchDir, "coldstart.cjs"), kind, String(port), oursModule], env));
      log(`instructions round ${round + 1}/${rounds} ${kind}: ${(samples[kind].at(-1) / 1e6).toFixed(1)} M`);
    }
  }
  return { all: Object.fromEntries(kinds.map((k) => [k, median(samples[k])])), samples };
};
