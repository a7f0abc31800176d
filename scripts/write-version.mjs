// Writes src/version.ts from package.json, so the user agent names this package's real version
// in every build (CJS, ESM, bundles) without importing package.json at run time.
import { readFileSync, writeFileSync } from "node:fs";

const { name, version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const text = `// Generated from package.json by scripts/write-version.mjs: do not edit.

/** This package's name, as the user agent's SDK section names it. */
export const PACKAGE_NAME = ${JSON.stringify(name)};

/** This package's version, sent in the user agent. */
export const PACKAGE_VERSION = ${JSON.stringify(version)};
`;
const target = new URL("../src/version.ts", import.meta.url);
let current = "";
try {
  current = readFileSync(target, "utf8");
} catch {
  // first run
}
if (current !== text) writeFileSync(target, text);
