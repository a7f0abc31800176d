// src/index.ts names every export (no `export *`, which in CommonJS costs a tslib helper and a
// module per folder at load). This keeps that list complete: everything the folders' index files
// and the client modules export, as a value or as a type, must be exported by the package root.
import { fileURLToPath } from "node:url";

import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../src/", import.meta.url));
const MODULES = [
  "SSOClient.ts",
  "SSO.ts",
  "commands/index.ts",
  "pagination/index.ts",
  "enumerate/index.ts",
  "models/index.ts",
  "models/SSOServiceException.ts",
  "models/SSOValidationError.ts",
];

const program = ts.createProgram([`${root}index.ts`, ...MODULES.map((m) => root + m)], {
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
});
const checker = program.getTypeChecker();

/** name → "value" | "type", for every export of a module. */
const exportsOf = (file: string): Map<string, string> => {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const symbol = checker.getSymbolAtLocation(source)!;
  return new Map(
    checker.getExportsOfModule(symbol).map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return [exported.name, target.flags & ts.SymbolFlags.Value ? "value" : "type"];
    }),
  );
};

describe("the package root's exports", () => {
  const rootExports = exportsOf(`${root}index.ts`);

  it.each(MODULES)("include everything %s exports", (module) => {
    const missing = [...exportsOf(root + module)]
      .filter(
        ([name, kind]) =>
          rootExports.get(name) !== kind && !(module === "models/SSOServiceException.ts" && name.startsWith("__")),
      )
      .map(([name, kind]) => `${name} (${kind})`);
    expect(missing).toEqual([]);
  });

  it("are the same at run time as the modules' own", async () => {
    const index = await import("../src/index.js");
    const values = new Set<string>();
    for (const module of MODULES) {
      for (const [name, kind] of exportsOf(root + module)) if (kind === "value") values.add(name);
    }
    values.delete("__ServiceException"); // models/SSOServiceException.ts re-exports the smithy base; the root never did
    expect(Object.keys(index).sort()).toEqual([...values].sort());
  });
});
