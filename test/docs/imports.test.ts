// Imports between src/'s folders go one way (docs/architecture.md, "Imports"): no folder imports,
// directly or through others, a folder that imports it back. Checked on the imports that run: what
// the emitted JavaScript keeps (type-only imports are erased, as the original's
// protocols/ → commands/ input and output types are). Each top-level folder of src/ is one unit
// with its subfolders; each file at src/'s root is a unit of its own (version.ts and
// retryDefaults.ts are leaves that config/ and middleware/ read, SSOClient.ts sits above them).
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { transform } from "esbuild";
import { describe, expect, it } from "vitest";

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

interface Edge {
  from: string;
  to: string;
  /** One import behind the edge, "file → file", for the failure message. */
  example: string;
}

/** The unit a file belongs to: its top-level folder ("config/") or, at the root, the file itself. */
const unitOf = (file: string): string => (file.includes("/") ? `${file.split("/")[0]}/` : file);

async function sourceFiles(dir = ""): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(srcRoot, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) found.push(path);
  }
  return found;
}

/** The relative imports a file keeps at run time (static, re-exports and dynamic `import()`). */
async function runtimeImports(file: string, text: string): Promise<string[]> {
  // esbuild drops imports that only types use, as tsc does when it emits the JavaScript.
  const { code } = await transform(text, { loader: "ts", format: "esm", target: "es2022", sourcefile: file });
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)];
  return specifiers.map(([, specifier]) =>
    posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, ".ts"),
  );
}

async function folderEdges(): Promise<Edge[]> {
  const edges = new Map<string, Edge>();
  for (const file of await sourceFiles()) {
    for (const target of await runtimeImports(file, await readFile(join(srcRoot, file), "utf8"))) {
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from !== to && !edges.has(`${from} ${to}`))
        edges.set(`${from} ${to}`, { from, to, example: `${file} → ${target}` });
    }
  }
  return [...edges.values()];
}

/** The strongly connected groups of more than one unit (Tarjan): each holds an import circle. */
function circles(edges: Edge[]): Edge[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (unit: string) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    for (const to of next.get(unit) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
    }
    if (low.get(unit) === index.get(unit)) {
      const group: string[] = [];
      let member: string;
      do group.push((member = stack.pop()!));
      while (member !== unit);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const unit of next.keys()) if (!index.has(unit)) visit(unit);
  return groups.map((group) => edges.filter(({ from, to }) => group.includes(from) && group.includes(to)));
}

describe("imports between src/'s folders", () => {
  it("finds a circle when there is one (the check itself)", () => {
    const edge = (from: string, to: string): Edge => ({ from, to, example: `${from} → ${to}` });
    const found = circles([edge("a/", "b/"), edge("b/", "c/"), edge("c/", "a/"), edge("a/", "d/")]);
    expect(found.map((group) => group.map(({ from }) => from).sort())).toEqual([["a/", "b/", "c/"]]);
    expect(circles([edge("a/", "b/"), edge("a/", "c/"), edge("b/", "c/")])).toEqual([]);
    expect(unitOf("middleware/userAgent/userAgentPlugin.ts")).toBe("middleware/");
    expect(unitOf("SSOClient.ts")).toBe("SSOClient.ts");
  });

  it("go one way: no folder imports one that imports it back", async () => {
    const edges = await folderEdges();
    // Enough of the graph is seen for the answer to mean something.
    expect(edges.length).toBeGreaterThan(40);
    expect(edges).toContainEqual(expect.objectContaining({ from: "commands/", to: "middleware/" }));
    const found = circles(edges).map((group) => group.map(({ from, to, example }) => `${from} → ${to} (${example})`));
    expect(found, "each group below imports itself in a circle").toEqual([]);
  });
});
