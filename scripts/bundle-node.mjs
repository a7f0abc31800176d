// Bundles every Node entry point of the package into one file, from the ES module build (dist-es,
// emitted by tsc just before) and the ES module builds of the @smithy packages. Run by `npm run build`.
//
// Why: cold start. Loading ~80 modules of ours and ~400 of @smithy's one by one (resolve, read,
// compile each) was most of a fresh process's cost; one tree-shaken file is one read and one compile,
// and `mainFields: module,main` lets esbuild drop the @smithy code this client never calls.
//
// What gets bundled is read from package.json, so a new entry point needs no change here:
// - every `exports` subpath (but ./package.json) with a "node" condition. Write a new one like ".":
//     "./oidc": {
//       "module":       { "types": "./dist-es/oidc/index.d.ts", "default": "./dist-es/oidc/index.js" },
//       "browser":      { … the same … },   "react-native": { … the same … },
//       "node": {
//         "import":  { "types": "./dist-es/oidc/index.d.ts",    "default": "./dist-node/oidc/index.mjs" },
//         "require": { "types": "./dist-types/oidc/index.d.ts", "default": "./dist-cjs/oidc/index.js" }
//       },
//       "import":  { … as "module" … },
//       "require": { "types": "./dist-types/oidc/index.d.ts", "default": "./dist-cjs/oidc/index.js" }
//     }
//   The source is the "module" (else "import") target in dist-es; node.import gets an ES module
//   bundle, node.require (and a plain "require" under dist-cjs/) a CommonJS one. Bundlers for
//   browsers and React Native match "module"/"browser"/"react-native" first and keep the modular
//   dist-es, which they tree-shake and dedupe themselves.
// - every `bin`: dist-cjs/X.js is bundled from dist-es/X.js (CommonJS only: nobody imports a bin).
//
// One class, one identity: the package root (".") is the core. Another entry point (or bin) takes each module
// the root bundle also holds *from the root bundle* (an import of ../index.js or ../index.mjs, left
// as it is at run time) when the root exports all of that module's values under the same names;
// only modules the root does not expose are copied in. The build fails if a copied module of ours
// exports a class that the root exports too, since a user could then get two different classes with
// the same name from two entry points (`instanceof` would fail): give such a class a module of its
// own, all of whose exports the root exports.
// (The @smithy classes copied into two bundles are a second copy anyway beside a user's own @smithy
// packages; their checks are duck-typed, see README "How the Node build is made".)
//
// Also: dynamic `import()`s stay imports at run time (bundling their target would make esbuild wrap
// every module it reaches in a lazy initializer, about 18 M instructions at start-up), and a module
// of ours that only exports JSON data (the endpoint rule set, the partitions) is emitted as
// JSON.parse of a string, which V8 reads faster than the same object literal.
import { readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

import { build } from "esbuild";

// Usage: node scripts/bundle-node.mjs [folder] [--only=<subpath>,…]
// The package to bundle: this repository, or another folder laid out the same (the tests use one).
// --only bundles the package root (every other entry takes from it) and the named `exports` entries,
// no bins: the tests of one new entry need nothing else, and building all of them three times was
// most of those tests' time. Without it (`npm run build`), everything is bundled.
const args = process.argv.slice(2);
const onlyArg = args.find((arg) => arg.startsWith("--only="));
const only = onlyArg === undefined ? undefined : new Set(onlyArg.slice("--only=".length).split(","));
const folder = args.find((arg) => !arg.startsWith("--"));
const root = folder ? join(folder, sep) : fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const distEs = join(root, "dist-es") + sep;

const fail = (message) => {
  throw new Error(`bundle-node: ${message}`);
};

/** The file a condition's value names: a string, or an object's "default". */
const target = (value) => (typeof value === "string" ? value : value?.default);

/** The library entry points, from `exports`. */
const libraryEntries = () => {
  const entries = [];
  for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
    if (subpath === "./package.json") continue;
    const source = target(conditions.module) ?? target(conditions.import);
    const esm = target(conditions.node?.import);
    const cjs = target(conditions.node?.require);
    if (!source?.startsWith("./dist-es/") || !esm?.startsWith("./dist-node/") || !cjs?.startsWith("./dist-cjs/")) {
      fail(
        `exports["${subpath}"] must have "module" (or "import") in ./dist-es/, "node": { "import": ./dist-node/….mjs, ` +
          `"require": ./dist-cjs/….js }: see the comment at the top of scripts/bundle-node.mjs`,
      );
    }
    if (!esm.endsWith(".mjs"))
      fail(`exports["${subpath}"].node.import must end in .mjs (dist-node has no package.json)`);
    const plainRequire = target(conditions.require);
    if (plainRequire && plainRequire !== cjs)
      fail(`exports["${subpath}"].require must be ${cjs}, the node.require bundle`);
    entries.push({ subpath, source: join(root, source), outputs: { esm: join(root, esm), cjs: join(root, cjs) } });
  }
  if (!entries.some((entry) => entry.subpath === ".")) fail(`exports has no "." entry`);
  for (const subpath of only ?? []) {
    if (!entries.some((entry) => entry.subpath === subpath)) fail(`--only names ${subpath}, which exports has not`);
  }
  return entries.filter((entry) => !only || entry.subpath === "." || only.has(entry.subpath));
};

const binEntries = () =>
  only
    ? []
    : Object.entries(typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {})).map(
        ([name, file]) => {
          if (!file.startsWith("./dist-cjs/")) fail(`bin ${name} must be in ./dist-cjs/`);
          return {
            subpath: `bin ${name}`,
            source: join(root, file.replace("./dist-cjs/", "./dist-es/")),
            outputs: { cjs: join(root, file) },
          };
        },
      );

const ownModule = (path) => path.startsWith(distEs);

const outRoots = { cjs: join(root, "dist-cjs"), esm: join(root, "dist-node") };

/** A relative specifier from the folder of `from` to `to`, as an import names it. */
const specifierFrom = (from, to) => {
  const specifier = relative(dirname(from), to).split(sep).join("/");
  return specifier.startsWith(".") ? specifier : `./${specifier}`;
};

/**
 * Dynamic import()s stay imports at run time (see the top of the file): of a package or built-in
 * as written; of a module the root serves, of the root bundle; of another module of ours, of a
 * bundle of its own (`chunks`: source → output, mirroring dist-es), so what is loaded lazily stays lazy.
 */
const dynamicImports = (format, outfile, chunks, served, rootOutfile) => ({
  name: "dynamic-imports",
  setup(b) {
    // In CommonJS, import() would start Node's ES module loader (about 60 M instructions in the
    // CLI); a require() in a promise loads the same CommonJS file without it.
    const lazy = (path) => (format === "cjs" ? { path, namespace: "lazy-require" } : { path, external: true });
    b.onResolve({ filter: /.*/, namespace: "lazy-require" }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "lazy-require" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData?.fromDynamicImports) return undefined;
      if (!/^\.\.?\//.test(args.path)) return lazy(args.path);
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { fromDynamicImports: true },
      });
      if (resolved.errors.length > 0 || !ownModule(resolved.path)) return lazy(args.path);
      if (rootOutfile && served.has(resolved.path)) return lazy(specifierFrom(outfile, rootOutfile));
      let chunk = join(outRoots[format], relative(distEs, resolved.path));
      if (format === "esm") chunk = chunk.replace(/\.js$/, ".mjs");
      chunks.set(resolved.path, chunk);
      return lazy(specifierFrom(outfile, chunk));
    });
  },
});

/** A module of ours with no imports whose exports are all JSON data becomes `JSON.parse("…")`. */
const jsonDataModules = {
  name: "json-data-modules",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!ownModule(args.path)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (text.length < 4096 || /^\s*import\s/m.test(text)) return undefined;
      const namespace = await import(pathToFileURL(args.path).href);
      const names = Object.keys(namespace);
      const isData = (value) =>
        typeof value === "object" && value !== null && isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);
      if (names.length === 0 || !names.every((name) => isData(namespace[name]))) return undefined;
      const contents = names
        .map(
          (name) =>
            `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(namespace[name]))});`,
        )
        .join("\n");
      return { contents, loader: "js" };
    });
  },
};

const common = {
  // Metafile inputs are relative to this folder: the package's, whatever the working directory.
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  mainFields: ["module", "main"],
  conditions: ["module"],
  // Whitespace and syntax only: names stay as written, so stack traces and constructor names read
  // like the source (mangling them saved nothing measurable, see README).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
};

/** Modules (absolute paths) of a build's output, from its metafile. */
const inputsOf = (result) => new Set(Object.keys(result.metafile.inputs).map((input) => join(root, input)));

/** Which modules of the root bundle another entry may take from it: all their values are the root's. */
const servedByRoot = async (rootSource, rootInputs) => {
  const rootNamespace = await import(pathToFileURL(rootSource).href);
  const served = new Set();
  for (const path of rootInputs) {
    if (!ownModule(path) || path === rootSource) continue;
    const namespace = await import(pathToFileURL(path).href);
    if (Object.keys(namespace).every((name) => name in rootNamespace && rootNamespace[name] === namespace[name]))
      served.add(path);
  }
  return served;
};

/** Imports of modules the root serves become imports of the root bundle, next to `outfile`. */
const takeFromRoot = (served, rootOutfile, outfile) => ({
  name: "take-from-root",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.kind !== "import-statement" || args.pluginData?.fromTakeFromRoot) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { fromTakeFromRoot: true },
      });
      if (resolved.errors.length > 0 || !served.has(resolved.path)) return undefined;
      return { path: specifierFrom(outfile, rootOutfile), external: true };
    });
  },
});

const build1 = (source, outfile, format, plugins) =>
  build({ ...common, entryPoints: [source], outfile, format, plugins: [jsonDataModules, ...plugins] });

const libraries = libraryEntries();
const rootEntry = libraries.find((entry) => entry.subpath === ".");
const rootChunks = { esm: new Map(), cjs: new Map() };
const rootResults = {};
for (const format of ["esm", "cjs"]) {
  const outfile = rootEntry.outputs[format];
  rootResults[format] = await build1(rootEntry.source, outfile, format, [
    dynamicImports(format, outfile, rootChunks[format], new Set(), undefined),
  ]);
}
const rootInputs = inputsOf(rootResults.cjs);
const served = await servedByRoot(rootEntry.source, rootInputs);
// The values a user can import from the package root; a class among them must not be copied.
const rootValues = new Set(Object.values(await import(pathToFileURL(rootEntry.source).href)));
const servedValues = new Set();
for (const path of served)
  for (const value of Object.values(await import(pathToFileURL(path).href))) servedValues.add(value);
const isClass = (value) => typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));

/** Bundles `source` to `outfile` taking from the root what it serves, then the chunks it loads lazily. */
const bundleWithChunks = async (name, source, outfile, format, done) => {
  if (done.has(outfile)) return;
  done.add(outfile);
  const chunks = new Map();
  const plugins = [
    takeFromRoot(served, rootEntry.outputs[format], outfile),
    dynamicImports(format, outfile, chunks, served, rootEntry.outputs[format]),
  ];
  const result = await build1(source, outfile, format, plugins);
  const copied = [...inputsOf(result)].filter((path) => ownModule(path) && rootInputs.has(path));
  const classes = [];
  for (const path of copied) {
    const namespace = await import(pathToFileURL(path).href);
    // A class re-exported from a module the root serves is the root's own, not a copy.
    if (Object.values(namespace).some((value) => isClass(value) && rootValues.has(value) && !servedValues.has(value)))
      classes.push(path);
  }
  if (classes.length > 0) {
    fail(
      `${name} would get its own copy of class(es) the package root exports, in ${classes.map((p) => relative(distEs, p)).join(", ")}: ` +
        `move each such class into a module whose exports the package root all exports (src/index.ts), so ${name} takes it from the root bundle`,
    );
  }
  for (const [chunkSource, chunkOutfile] of chunks)
    await bundleWithChunks(name, chunkSource, chunkOutfile, format, done);
};

for (const format of ["esm", "cjs"]) {
  const done = new Set([rootEntry.outputs[format]]);
  for (const [chunkSource, chunkOutfile] of rootChunks[format])
    await bundleWithChunks(".", chunkSource, chunkOutfile, format, done);
  for (const entry of [...libraries, ...binEntries()]) {
    if (entry !== rootEntry && entry.outputs[format])
      await bundleWithChunks(entry.subpath, entry.source, entry.outputs[format], format, done);
  }
}
