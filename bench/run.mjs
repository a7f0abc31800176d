// `npm run bench`: our client and the pinned original (@aws-sdk/client-sso), side by side, in one
// run, alternating between them, with medians and ratios. Never part of `npm test`.
//
//   npm run bench [-- options]          builds the package, then runs this script
//   node bench/run.mjs [options]        measures the package as last built
//
//   --cold-rounds N   cold-start rounds (default 31)      --rounds N   load rounds (default 5)
//   --only LIST       coldstart,instructions,help,throughput,memory,bundle   --quick   a fast smoke run
//   --instruction-rounds N   callgrind rounds per subject (default 3; needs valgrind)
//   --package DIR     measure another build (DIR/package.json, dist-cjs, dist-es)
//   --no-write        do not write bench/results.md      --skip-enumerate  skip bench/enumerate.mjs
//
// Node runs load the built CommonJS package (dist-cjs); bundles are made from dist-es through the
// package.json, as a dependent's bundler would. The results table goes to stdout and to
// bench/results.md; the progress log goes to stderr. bench/enumerate.mjs, when present, runs last.
import { fork, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { bundle } from "./bundle.mjs";
import { coldStartInstructions, hasValgrind, instructionsOf } from "./instructions.mjs";
import { bytes, fmt, fmtInt, fmtRatio, kb, mb, median, ratio, rotated, table } from "./stats.mjs";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = resolve(benchDir, "..");

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string" },
    "cold-rounds": { type: "string" },
    "instruction-rounds": { type: "string" },
    only: { type: "string" },
    package: { type: "string" },
    quick: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    "skip-enumerate": { type: "boolean", default: false },
  },
});
const quick = args.quick;
const ROUNDS = Number(args.rounds ?? (quick ? 1 : 5));
const COLD_ROUNDS = Number(args["cold-rounds"] ?? (quick ? 3 : 31));
const INSTRUCTION_ROUNDS = Number(args["instruction-rounds"] ?? (quick ? 1 : 3));
const SECTIONS = new Set((args.only ?? "coldstart,instructions,help,throughput,memory,bundle").split(","));
const LOAD_ARGS = quick ? ["300", "2000", "2000"] : ["4000", "20000", "2000"];

const sourceRoot = resolve(args.package ?? repoRoot);
if (!existsSync(join(sourceRoot, "dist-cjs", "index.js")) || !existsSync(join(sourceRoot, "dist-es", "index.js"))) {
  console.error(`${sourceRoot}/dist-cjs or dist-es is missing: build the package first (npm run build).`);
  process.exit(1);
}
// Measure a copy of the built package (package.json, dist-cjs, dist-es), so that a rebuild while
// the bench runs cannot pull files away from under it. It sits inside node_modules/.cache of this
// repository, so it resolves its dependencies exactly as the package itself does.
const packageRoot = join(repoRoot, "node_modules", ".cache", "client-sso-bench", "package");
rmSync(packageRoot, { recursive: true, force: true });
mkdirSync(packageRoot, { recursive: true });
copyFileSync(join(sourceRoot, "package.json"), join(packageRoot, "package.json"));
for (const dir of ["dist-cjs", "dist-es", "dist-node"].filter((d) => existsSync(join(sourceRoot, d))))
  cpSync(join(sourceRoot, dir), join(packageRoot, dir), { recursive: true });
const oursModule = join(packageRoot, "dist-cjs", "index.js");

// Children get a clean, identical environment: no AWS_* settings, no shared config files.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith("AWS_") && k !== "NODE_OPTIONS"),
);
childEnv.AWS_CONFIG_FILE = join(tmpdir(), "client-sso-bench-no-such-config");
childEnv.AWS_SHARED_CREDENTIALS_FILE = join(tmpdir(), "client-sso-bench-no-such-credentials");
// A machine-wide CA bundle is read at every process start (about 400 M instructions here), the
// same for every subject and nothing to do with them: left out so their differences stand out.
delete childEnv.NODE_EXTRA_CA_CERTS;

const log = (...parts) => console.error(...parts);

const startServer = () =>
  new Promise((resolvePort, reject) => {
    const server = fork(join(benchDir, "server.mjs"), [], {
      stdio: ["ignore", "pipe", "inherit", "ipc"],
      env: childEnv,
    });
    server.stdout.once("data", (chunk) => resolvePort({ server, port: JSON.parse(String(chunk)).port }));
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });

const coldStart = (kind, port) => {
  const start = performance.now();
  const child = spawnSync(process.execPath, [join(benchDir, "coldstart.cjs"), kind, String(port), oursModule], {
    env: childEnv,
    encoding: "utf8",
  });
  const wall = performance.now() - start;
  const cpu = /^cpu (\d+)$/m.exec(child.stdout);
  if (child.status !== 0 || !child.stdout.startsWith("ASIA") || !cpu) {
    throw new Error(`cold start (${kind}) failed: ${child.status}\n${child.stdout}\n${child.stderr}`);
  }
  return { wall, cpu: Number(cpu[1]) / 1000 };
};

const load = (mode, kind, port) =>
  new Promise((resolveResult, reject) => {
    const child = fork(join(benchDir, "load.cjs"), [mode, kind, String(port), oursModule, ...LOAD_ARGS], {
      env: childEnv,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    // stderr is shown only on failure (the original warns about Node 20 on every start).
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let message;
    child.on("message", (m) => (message = m));
    child.on("exit", (code) => {
      if (message?.ok) resolveResult(message.result);
      else reject(new Error(`load run (${mode}, ${kind}) failed: ${code}\n${message?.error ?? ""}\n${stderr}`));
    });
  });

const KINDS = ["ours", "original", "raw"];
const results = {};

const COLD_KINDS = ["ours", "original", "raw", "handler"];

const runColdStart = async (port) => {
  for (const kind of COLD_KINDS) coldStart(kind, port); // warm the file system cache
  const samples = Object.fromEntries(COLD_KINDS.map((k) => [k, []]));
  for (let round = 0; round < COLD_ROUNDS; round++) {
    for (const kind of rotated(COLD_KINDS, round)) samples[kind].push(coldStart(kind, port));
  }
  const stat = (key) => {
    const all = Object.fromEntries(COLD_KINDS.map((k) => [k, median(samples[k].map((s) => s[key]))]));
    // Overhead above the raw node:http process, per round (robust to drift), then the median.
    const overhead = Object.fromEntries(
      COLD_KINDS.map((k) => [k, median(samples[k].map((s, i) => s[key] - samples.raw[i][key]))]),
    );
    return { all, overhead };
  };
  results.coldstart = { wall: stat("wall"), cpu: stat("cpu"), rounds: COLD_ROUNDS };
  log(
    `cold start: ${JSON.stringify(results.coldstart, (k, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v))}`,
  );
};

const INSTRUCTION_KINDS = ["ours", "ours-esm", "original", "raw", "floor"];

const runInstructions = (port) => {
  if (!hasValgrind()) {
    log("instructions: valgrind is missing (Debian: apt-get install valgrind); the callgrind rows are left out");
    results.instructions = { missing: true };
    return;
  }
  const { all } = coldStartInstructions({
    kinds: INSTRUCTION_KINDS,
    port,
    oursModule,
    env: childEnv,
    rounds: INSTRUCTION_ROUNDS,
    log,
  });
  results.instructions = { all, overhead: Object.fromEntries(INSTRUCTION_KINDS.map((k) => [k, all[k] - all.raw])) };
};

// `client-sso roles --help`: the CLI's start-up, above an empty node process.
const runHelp = () => {
  const bin = join(packageRoot, "dist-cjs", "cli", "bin.js");
  const once = (subject) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, [join(benchDir, "help.cjs"), subject], {
      env: childEnv,
      encoding: "utf8",
    });
    const wall = performance.now() - start;
    const cpu = /^cpu (\d+)$/m.exec(child.stderr);
    if (child.status !== 0 || !cpu || (subject !== "none" && !child.stdout.startsWith("Usage: client-sso roles"))) {
      throw new Error(`client-sso roles --help failed: ${child.status}\n${child.stdout}\n${child.stderr}`);
    }
    return { wall, cpu: Number(cpu[1]) / 1000 };
  };
  const subjects = { help: bin, empty: "none" };
  const samples = { help: [], empty: [] };
  once(bin);
  for (let round = 0; round < COLD_ROUNDS; round++) {
    for (const name of rotated(Object.keys(subjects), round)) samples[name].push(once(subjects[name]));
  }
  const stat = (key) => ({
    help: median(samples.help.map((s) => s[key])),
    empty: median(samples.empty.map((s) => s[key])),
    overhead: median(samples.help.map((s, i) => s[key] - samples.empty[i][key])),
  });
  results.help = { wall: stat("wall"), cpu: stat("cpu") };
  if (hasValgrind()) {
    const count = (subject) =>
      median(
        Array.from({ length: INSTRUCTION_ROUNDS }, () =>
          instructionsOf([join(benchDir, "help.cjs"), subject], childEnv),
        ),
      );
    results.help.instructions = { help: count(bin), empty: count("none") };
  }
  log(`help: ${JSON.stringify(results.help, (k, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v))}`);
};

const runLoad = async (mode, port) => {
  const samples = { ours: [], original: [], raw: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of rotated(KINDS, round)) {
      const r = await load(mode, kind, port);
      samples[kind].push(r);
      log(
        `${mode} round ${round + 1}/${ROUNDS} ${kind}: ${JSON.stringify(r, (k, v) => (typeof v === "number" ? Math.round(v) : v))}`,
      );
    }
  }
  const medians = {};
  for (const kind of KINDS) {
    medians[kind] = {};
    for (const key of Object.keys(samples[kind][0])) medians[kind][key] = median(samples[kind].map((r) => r[key]));
  }
  // Ratios are taken within each round (runs close in time share the machine's conditions), then
  // the median over the rounds.
  medians.ratio = (a, b, key) => median(samples[a].map((r, i) => ratio(r[key], samples[b][i][key])));
  results[mode] = medians;
};

const runBundle = async () => {
  results.bundle = {};
  for (const platform of ["browser", "node"]) {
    for (const kind of ["ours", "original"]) {
      const { raw, gzip, httpHandler } = await bundle({
        kind,
        platform,
        packageRoot,
        metafileDir: join(benchDir, ".out"),
      });
      results.bundle[`${kind}-${platform}`] = { raw, gzip, httpHandler };
    }
  }
  if (results.bundle["ours-browser"].httpHandler !== "fetch")
    throw new Error("the browser bundle did not pick the fetch handler");
  for (const [name, { raw }] of Object.entries(results.bundle)) {
    if (raw < 20_000) throw new Error(`the ${name} bundle is only ${raw} bytes: is dist-es built as ES modules?`);
  }
};

const verdict = (ok) => (ok ? "✅ met" : "❌ not met");

const report = () => {
  const lines = [];
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  lines.push(`## Benchmark results`, ``);
  lines.push(
    `${date} · ${cpu.length}-core ${cpu[0]?.model?.trim() ?? "CPU"} · Node ${process.version} · ${process.platform}/${process.arch} · ` +
      `client-sso ${ourVersion} (built: dist-cjs for Node, dist-es for bundles) vs @aws-sdk/client-sso ${originalVersion}`,
    ``,
  );
  const targets = [];
  const rows = [];
  if (results.coldstart) {
    const { wall, cpu, rounds } = results.coldstart;
    const r = ratio(wall.overhead.ours, wall.overhead.original);
    rows.push([
      `cold start: wall time, median of ${rounds} (raw node:http: ${fmt(wall.all.raw)} ms)`,
      `${fmt(wall.all.ours)} ms`,
      `${fmt(wall.all.original)} ms`,
      fmtRatio(ratio(wall.all.ours, wall.all.original)),
      "",
    ]);
    rows.push([
      `cold start: overhead above raw node:http`,
      `${fmt(wall.overhead.ours)} ms`,
      `${fmt(wall.overhead.original)} ms`,
      fmtRatio(r),
      `≤ 0.60× ${verdict(r <= 0.6)}`,
    ]);
    const rc = ratio(cpu.overhead.ours, cpu.overhead.original);
    rows.push([
      `cold start: CPU time above raw node:http (raw: ${fmt(cpu.all.raw)} ms)`,
      `${fmt(cpu.overhead.ours)} ms`,
      `${fmt(cpu.overhead.original)} ms`,
      fmtRatio(rc),
      `< 0.50× ${verdict(rc < 0.5)}`,
    ]);
    rows.push([
      `cold start: @smithy/node-http-handler alone, the default handler of both (wall / CPU above raw)`,
      `${fmt(wall.overhead.handler)} / ${fmt(cpu.overhead.handler)} ms`,
      "same",
      fmtRatio(ratio(wall.overhead.handler, wall.overhead.original)) + " of original",
      "",
    ]);
    targets.push(r <= 0.6, rc < 0.5);
  }
  if (results.instructions && !results.instructions.missing) {
    const { all, overhead } = results.instructions;
    const M = (n) => `${fmt(n / 1e6)} M`;
    const ri = ratio(overhead.ours, overhead.original);
    rows.push([
      `cold start: instructions (callgrind), median of ${INSTRUCTION_ROUNDS} (raw node:http: ${M(all.raw)})`,
      M(all.ours),
      M(all.original),
      fmtRatio(ratio(all.ours, all.original)),
      "",
    ]);
    rows.push([
      `cold start: instructions above raw node:http (require)`,
      M(overhead.ours),
      M(overhead.original),
      fmtRatio(ri),
      `≤ 0.35× ${verdict(ri <= 0.35)}`,
    ]);
    rows.push([
      `cold start: instructions above raw node:http (import)`,
      M(overhead["ours-esm"]),
      "n/a (CommonJS only)",
      fmtRatio(ratio(overhead["ours-esm"], overhead.original)),
      "",
    ]);
    rows.push([
      `cold start: builtins floor (raw + node:https, http2, crypto, zlib), above raw`,
      "same",
      M(overhead.floor),
      fmtRatio(ratio(overhead.floor, overhead.original)) + " of original",
      "",
    ]);
    targets.push(ri <= 0.35);
  } else if (results.instructions?.missing) {
    rows.push([`cold start: instructions (callgrind)`, "valgrind missing", "", "", ""]);
  }
  if (results.help) {
    const { wall, cpu, instructions } = results.help;
    rows.push([
      `\`client-sso roles --help\`: wall / CPU time (empty node process: ${fmt(wall.empty)} / ${fmt(cpu.empty)} ms)`,
      `${fmt(wall.help)} / ${fmt(cpu.help)} ms`,
      "no CLI",
      "",
      "",
    ]);
    rows.push([
      `\`client-sso roles --help\`: above an empty node process, wall / CPU`,
      `${fmt(wall.overhead)} / ${fmt(cpu.overhead)} ms`,
      "",
      "",
      "",
    ]);
    if (instructions)
      rows.push([
        `\`client-sso roles --help\`: instructions above an empty node process`,
        `${fmt((instructions.help - instructions.empty) / 1e6)} M`,
        "",
        "",
        "",
      ]);
  }
  if (results.throughput) {
    const t = results.throughput;
    const seq = t.ratio("ours", "original", "sequentialRps");
    const conc = t.ratio("ours", "original", "concurrentRps");
    const perRequest = t.ratio("ours", "raw", "sequentialUs");
    rows.push([
      `sequential ListAccounts, req/s (raw node:http keep-alive: ${fmtInt(t.raw.sequentialRps)})`,
      fmtInt(t.ours.sequentialRps),
      fmtInt(t.original.sequentialRps),
      fmtRatio(seq),
      `≥ 1.30× ${verdict(seq >= 1.3)}`,
    ]);
    rows.push([
      `concurrent ListAccounts, 2,000 in flight, req/s (raw: ${fmtInt(t.raw.concurrentRps)})`,
      fmtInt(t.ours.concurrentRps),
      fmtInt(t.original.concurrentRps),
      fmtRatio(conc),
      `≥ 1.30× ${verdict(conc >= 1.3)}`,
    ]);
    rows.push([
      `per-request cost, sequential (raw node:http: ${fmt(t.raw.sequentialUs, 0)} µs)`,
      `${fmt(t.ours.sequentialUs, 0)} µs = ${fmtRatio(perRequest)} raw`,
      `${fmt(t.original.sequentialUs, 0)} µs = ${fmtRatio(t.ratio("original", "raw", "sequentialUs"))} raw`,
      fmtRatio(t.ratio("ours", "original", "sequentialUs")),
      `ours ≤ 1.60× raw ${verdict(perRequest <= 1.6)}`,
    ]);
    rows.push([
      `CPU time per request, sequential / concurrent (raw: ${fmt(t.raw.sequentialCpuUs, 0)} / ${fmt(t.raw.concurrentCpuUs, 0)} µs)`,
      `${fmt(t.ours.sequentialCpuUs, 0)} / ${fmt(t.ours.concurrentCpuUs, 0)} µs`,
      `${fmt(t.original.sequentialCpuUs, 0)} / ${fmt(t.original.concurrentCpuUs, 0)} µs`,
      `${fmtRatio(t.ratio("ours", "original", "sequentialCpuUs"))} / ${fmtRatio(t.ratio("ours", "original", "concurrentCpuUs"))}`,
      "",
    ]);
    rows.push([
      `memory: RSS after the concurrent run (raw: ${mb(t.raw.rss)})`,
      mb(t.ours.rss),
      mb(t.original.rss),
      fmtRatio(t.ratio("ours", "original", "rss")),
      "",
    ]);
    targets.push(seq >= 1.3, conc >= 1.3, perRequest <= 1.6);
  }
  if (results.paginate) {
    const p = results.paginate;
    rows.push([
      `paginating 10,000 accounts (100 pages): time (raw: ${fmt(p.raw.paginateMs, 0)} ms)`,
      `${fmt(p.ours.paginateMs, 0)} ms`,
      `${fmt(p.original.paginateMs, 0)} ms`,
      fmtRatio(p.ratio("ours", "original", "paginateMs")),
      "",
    ]);
    rows.push([
      `paginating 10,000 accounts: RSS at the end (raw: ${mb(p.raw.paginateRss)})`,
      mb(p.ours.paginateRss),
      mb(p.original.paginateRss),
      fmtRatio(p.ratio("ours", "original", "paginateRss")),
      "",
    ]);
  }
  if (results.bundle) {
    const b = results.bundle;
    for (const platform of ["browser", "node"]) {
      const o = b[`ours-${platform}`];
      const g = b[`original-${platform}`];
      const rg = ratio(o.gzip, g.gzip);
      rows.push([
        `bundle, ${platform} (esbuild --bundle --minify): raw`,
        kb(o.raw),
        kb(g.raw),
        fmtRatio(ratio(o.raw, g.raw)),
        "",
      ]);
      rows.push([
        `bundle, ${platform}: gzip`,
        bytes(o.gzip),
        bytes(g.gzip),
        fmtRatio(rg, 3),
        platform === "browser" ? `≤ 0.50× ${verdict(rg <= 0.5)}` : "",
      ]);
      if (platform === "browser") targets.push(rg <= 0.5);
    }
  }
  lines.push(table(["measure", "client-sso", "@aws-sdk/client-sso", "ratio", "target"], rows));
  lines.push(
    ``,
    `Medians: cold start over ${COLD_ROUNDS} alternating rounds (instructions: ${INSTRUCTION_ROUNDS}, under valgrind --tool=callgrind) (fresh processes; overheads are taken per round against the raw process of the same round); ` +
      `load runs over ${ROUNDS} alternating rounds, each a fresh process (2,000 warm-up requests, ${LOAD_ARGS[0]} sequential in batches of 250 (the median batch counts), ` +
      `then ${LOAD_ARGS[1]} with ${LOAD_ARGS[2]} in flight) against a loopback node:http server in its own process. ` +
      `Ratios are client-sso ÷ original unless marked, taken within each round, then the median. ${targets.every(Boolean) ? "Every target met." : `${targets.filter((t) => !t).length} target(s) not met.`}`,
  );
  return lines.join("\n") + "\n";
};

const versionOf = (path) => JSON.parse(readFileSync(path, "utf8")).version;
const originalVersion = versionOf(join(repoRoot, "node_modules/@aws-sdk/client-sso/package.json"));
const ourVersion = versionOf(join(packageRoot, "package.json"));

const { server, port } = await startServer();
try {
  if (SECTIONS.has("coldstart")) await runColdStart(port);
  if (SECTIONS.has("instructions")) runInstructions(port);
  if (SECTIONS.has("help")) runHelp();
  if (SECTIONS.has("throughput")) await runLoad("throughput", port);
  if (SECTIONS.has("memory")) await runLoad("paginate", port);
  if (SECTIONS.has("bundle")) await runBundle();
} finally {
  server.disconnect();
}

const markdown = report();
process.stdout.write("\n" + markdown);
if (!args["no-write"]) writeFileSync(join(benchDir, "results.md"), markdown);

// Another helper's enumeration benchmark, last, when present.
const enumerate = join(benchDir, "enumerate.mjs");
if (!args["skip-enumerate"] && existsSync(enumerate)) {
  log(`\nrunning bench/enumerate.mjs …`);
  const child = spawnSync(process.execPath, [enumerate], { stdio: "inherit" });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}
