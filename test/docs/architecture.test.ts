// docs/architecture.md's layout matches the tree: every path it names exists, and every folder
// under src/ (and every top-level folder of the repository) is named in it.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { codeBlocks } from "./markdownBlocks.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Entry lines are indented by at most this much; deeper lines continue a description. */
const MAX_ENTRY_INDENT = 12;
/** Names before the description: `name`, `dir/`, or `a.ts, b.ts`. */
const NAMES = /^[\w.-]+\/?(, [\w.-]+\/?)*$/;
/** Not part of the source layout: generated, installed or tool folders. */
const NOT_MAPPED = new Set(["node_modules", "dist-cjs", "dist-es", "dist-node", "dist-types", "docs-api", "coverage"]);

/** The paths the layout block names, each relative to the repository root ("src/cli/"). */
async function mappedPaths(): Promise<string[]> {
  const markdown = await readFile(join(repoRoot, "docs/architecture.md"), "utf8");
  const layout = codeBlocks(markdown).find((block) => block.heading === "## Layout");
  if (!layout) throw new Error('docs/architecture.md has no code block under "## Layout"');
  const paths: string[] = [];
  const parents: Array<{ indent: number; path: string }> = [];
  for (const line of layout.code.split("\n")) {
    const indent = line.length - line.trimStart().length;
    const names = line.trim().split(/\s{2,}/)[0];
    if (!names || indent > MAX_ENTRY_INDENT || !NAMES.test(names)) continue;
    while (parents.length && parents.at(-1)!.indent >= indent) parents.pop();
    const base = parents.at(-1)?.path ?? "";
    for (const name of names.split(", ")) {
      paths.push(base + name);
      if (name.endsWith("/")) parents.push({ indent, path: base + name });
    }
  }
  return paths;
}

async function folders(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(repoRoot, dir), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    found.push(`${dir}${entry.name}/`, ...(await folders(`${dir}${entry.name}/`)));
  }
  return found;
}

describe("docs/architecture.md", () => {
  it("names only paths that exist", async () => {
    const paths = await mappedPaths();
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !existsSync(join(repoRoot, path)))).toEqual([]);
  });

  it("names every folder under src/ and every top-level folder", async () => {
    const paths = new Set(await mappedPaths());
    const topLevel = (await readdir(repoRoot, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !NOT_MAPPED.has(entry.name))
      .map((entry) => `${entry.name}/`);
    const missing = [...topLevel, ...(await folders("src/"))].filter((folder) => !paths.has(folder));
    expect(missing, "add these folders to the layout in docs/architecture.md").toEqual([]);
  });
});
