// Bundles the CommonJS package root (dist-cjs/index.js) into one file, after tsc has emitted
// dist-cjs. Run at the end of `build:cjs`.
//
// Why: cold start. Requiring the tsc output of the root entry makes Node resolve, read and
// compile each of its ~80 modules one by one; one bundled file is a single resolution and a
// single compile, as the original (@aws-sdk/client-sso) ships its dist-cjs/index.js.
//
// What stays separate:
// - Dependencies (--packages=external): they are resolved from node_modules as before.
// - ./runtimeConfig.js: the package's "browser" and "react-native" maps swap
//   ./dist-cjs/runtimeConfig.js for runtimeConfig.browser.js / runtimeConfig.native.js, so a
//   bundler that follows `require` must still see a `require("./runtimeConfig.js")` to swap. The
//   bundle requires it from its own folder (dist-cjs), and that file is bundled on its own in
//   turn (the Node defaults: config files, defaults mode, user agent), in place. The two bundles
//   share no module with state: their common modules are constants and pure functions.
// - Every other dist-cjs file (the CLI, local-portal, runtimeConfig.browser/native) stays as tsc
//   emitted it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const distCjs = fileURLToPath(new URL("../dist-cjs/", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// The files the "browser" / "react-native" maps swap in dist-cjs, as `./name.js` relative to it.
const swapped = new Set();
for (const field of ["browser", "react-native"]) {
  for (const from of Object.keys(manifest[field] ?? {})) {
    if (!from.startsWith("./dist-cjs/")) continue;
    const name = from.slice("./dist-cjs/".length);
    swapped.add(`./${name.endsWith(".js") ? name : `${name}.js`}`);
  }
}
// Only files at the root of dist-cjs can be kept external under the same specifier.
for (const file of swapped) {
  if (file.slice(2).includes("/")) throw new Error(`bundle-cjs: the maps swap ${file}, below dist-cjs/; extend this script`);
}

/** Keeps the swapped files out of the bundle: `require("./runtimeConfig.js")` stays as written. */
const keepSwappedFilesExternal = {
  name: "keep-swapped-files-external",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point") return undefined;
      // Specifiers relative to a module in a subfolder of dist-cjs would not resolve the same from
      // the bundle; the swapped files are only imported from the root of dist-cjs.
      if (args.resolveDir.replace(/\/$/, "") !== distCjs.replace(/\/$/, "")) return undefined;
      const specifier = args.path.endsWith(".js") ? args.path : `${args.path}.js`;
      return swapped.has(specifier) ? { path: specifier, external: true } : undefined;
    });
  },
};

/** Bundles one dist-cjs file in place, its dependencies left to node_modules. */
const bundleInPlace = (file, options = {}) =>
  build({
    entryPoints: [`${distCjs}${file}`],
    outfile: `${distCjs}${file}`,
    allowOverwrite: true,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    ...options,
  });

const result = await bundleInPlace("index.js", {
  plugins: [keepSwappedFilesExternal],
  metafile: true,
});

// A check that the swap still works: the bundle must require the swapped files by their names.
const text = readFileSync(`${distCjs}index.js`, "utf8");
for (const file of swapped) {
  const wasImported = Object.values(result.metafile.inputs).some((input) => input.imports.some((i) => i.path === file && i.external));
  if (wasImported && !text.includes(`require("${file}")`)) throw new Error(`bundle-cjs: the bundle does not require ${file} by name`);
}
if (!text.includes('require("./runtimeConfig.js")')) throw new Error("bundle-cjs: the bundle does not require ./runtimeConfig.js");

// The Node runtime config, bundled in place: the browser maps still swap the whole file.
await bundleInPlace("runtimeConfig.js");
