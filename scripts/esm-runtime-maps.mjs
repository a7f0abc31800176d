// Copies the package's "browser" and "react-native" file maps for dist-es into dist-es/package.json.
//
// dist-es/package.json exists to say "type": "module" for Node. But webpack, Vite and Metro read
// the file maps from the *nearest* package.json, which for dist-es/*.js is that one, not the
// package root; without the maps there, they would bundle runtimeConfig.js (node:http) instead of
// runtimeConfig.browser.js / runtimeConfig.native.js. The root package.json stays the one source:
// its "./dist-es/…" entries are rewritten relative to dist-es. Run after scripts/mark-esm.mjs.
import { readFileSync, writeFileSync } from "node:fs";

const rootManifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const esmManifestUrl = new URL("../dist-es/package.json", import.meta.url);
const esmManifest = JSON.parse(readFileSync(esmManifestUrl, "utf8"));

const PREFIX = "./dist-es/";

for (const field of ["browser", "react-native"]) {
  const map = rootManifest[field];
  if (typeof map !== "object" || map === null) continue;
  const local = {};
  for (const [from, to] of Object.entries(map)) {
    if (!from.startsWith(PREFIX)) continue;
    if (typeof to === "string" && !to.startsWith(PREFIX)) {
      throw new Error(
        `package.json "${field}" maps ${from} outside dist-es (${to}); dist-es/package.json cannot express that`,
      );
    }
    local[`./${from.slice(PREFIX.length)}`] = typeof to === "string" ? `./${to.slice(PREFIX.length)}` : to;
  }
  if (Object.keys(local).length > 0) esmManifest[field] = local;
}

writeFileSync(esmManifestUrl, JSON.stringify(esmManifest, null, 2) + "\n");
