// Where the time goes: runs one cold start or one load run under `node --cpu-prof` and prints
// the functions and files with the most self time. Profiles are kept in bench/.out/profiles/.
//
//   node bench/profile.mjs coldstart|throughput|paginate ours|original|raw [--package DIR] [--top N]
//                          [--load SEQUENTIAL,TOTAL,IN_FLIGHT]   (the load run's sizes, e.g. 1,20000,2000)
import { fork, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { package: { type: "string" }, top: { type: "string", default: "25" }, load: { type: "string" } },
});
const [mode = "coldstart", kind = "ours"] = positionals;
const oursModule = join(resolve(args.package ?? join(benchDir, "..")), "dist-cjs", "index.js");
const outDir = join(benchDir, ".out", "profiles", `${mode}-${kind}`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const server = fork(join(benchDir, "server.mjs"), [], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise((r) => server.stdout.once("data", (c) => r(JSON.parse(String(c)).port)));
const profFlags = ["--cpu-prof", `--cpu-prof-dir=${outDir}`, "--cpu-prof-interval=100"];
if (mode === "coldstart") {
  spawnSync(process.execPath, [...profFlags, join(benchDir, "coldstart.cjs"), kind, String(port), oursModule], {
    stdio: "inherit",
  });
} else {
  await new Promise((r) => {
    const child = fork(
      join(benchDir, "load.cjs"),
      [mode, kind, String(port), oursModule, ...(args.load ?? "").split(",").filter(Boolean)],
      { execArgv: profFlags, stdio: "inherit" },
    );
    child.on("message", (m) => console.log(JSON.stringify(m)));
    child.on("exit", r);
  });
}
server.disconnect();

const file = readdirSync(outDir).find((f) => f.endsWith(".cpuprofile"));
const profile = JSON.parse(readFileSync(join(outDir, file), "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const short = (url) => {
  if (!url) return "(native)";
  if (url.startsWith("node:")) return url;
  if (url.includes("/dist-cjs/") && (!url.includes("/node_modules/") || url.includes("/.cache/")))
    return url.replace(/^.*\/dist-cjs\//, "(ours) ");
  return url.replace(/^.*node_modules\//, "").replace(/^file:\/\//, "");
};
const byFunction = new Map();
const byFile = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const fn = `${callFrame.functionName || "(anonymous)"}  ${short(callFrame.url)}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  const f = short(callFrame.url);
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}
const top = Number(args.top);
const print = (title, map) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(1)} ms sampled)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(2).padStart(9)} ms  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print("self time by file", byFile);
print("self time by function", byFunction);
console.log(`\nprofile: ${join(outDir, file)} (open in Chrome DevTools › Performance)`);
