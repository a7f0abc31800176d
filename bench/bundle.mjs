// Bundle size: esbuild --bundle --minify of SSOClient + ListAccountsCommand, for the browser and
// for Node, from our built package (dist-es, through its package.json like any dependent) and
// from the pinned original, resolved the same way. Raw and gzip bytes, and what the bytes are.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const SPECIFIERS = { ours: "client-sso", original: "@aws-sdk/client-sso" };

/** esbuild's self-reference: an entry inside the package root imports the package by its name. */
export const bundle = async ({ kind, platform, packageRoot, metafileDir }) => {
  const result = await esbuild.build({
    stdin: {
      contents: `export { SSOClient, ListAccountsCommand } from "${SPECIFIERS[kind]}";\n`,
      resolveDir: packageRoot,
      sourcefile: `bench-entry-${kind}.js`,
      loader: "js",
    },
    bundle: true,
    minify: true,
    write: false,
    platform,
    format: "esm",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  if (metafileDir) {
    mkdirSync(metafileDir, { recursive: true });
    writeFileSync(join(metafileDir, `${kind}-${platform}.json`), JSON.stringify(result.metafile));
  }
  return {
    raw: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    modules: inputs.length,
    metafile: result.metafile,
    // Sanity: the browser bundle must take the fetch handler, never node:http.
    httpHandler: inputs.some((p) => p.includes("fetch-http-handler"))
      ? "fetch"
      : inputs.some((p) => p.includes("node-http-handler"))
        ? "node:http"
        : "none",
  };
};

/** The largest contributors, by package (or by our file), from a metafile's output. */
export const largestInputs = (metafile, top = 12) => {
  const output = Object.values(metafile.outputs)[0];
  const byGroup = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/dist-(?:es|cjs)\/(submodules\/[^/]+))?/.exec(path);
    const group =
      match && !path.includes(".cache/")
        ? [match[1], match[2]].filter(Boolean).join("/")
        : path.replace(/^.*?dist-es\//, "(ours) ");
    byGroup.set(group, (byGroup.get(group) ?? 0) + bytesInOutput);
  }
  return [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top);
};

// `node bench/bundle.mjs [packageRoot]`: sizes and the largest contributors (metafiles in bench/.out/).
if (import.meta.url === `file://${process.argv[1]}`) {
  const packageRoot = process.argv[2] ?? new URL("..", import.meta.url).pathname;
  for (const platform of ["browser", "node"]) {
    for (const kind of ["ours", "original"]) {
      const r = await bundle({
        kind,
        platform,
        packageRoot,
        metafileDir: new URL("./.out/", import.meta.url).pathname,
      });
      console.log(
        `${kind} ${platform}: ${r.raw} B raw, ${r.gzip} B gzip, ${r.modules} modules, handler ${r.httpHandler}`,
      );
      for (const [group, bytes] of largestInputs(r.metafile)) console.log(`    ${String(bytes).padStart(7)}  ${group}`);
    }
  }
}
