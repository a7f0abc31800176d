// src/index.ts is the original's: `export *` of the clients and of each folder's index file, plus
// a few named exports. This keeps it honest: each folder's index file covers the folder's public
// modules, the root exports everything those modules export (as a value or as a type), and at
// run time nothing more than their values.
import { readdir, readFile } from "node:fs/promises";
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

/** Each folder index file and the modules of its folder it must re-export. */
const FOLDER_INDEXES: Record<string, RegExp> = {
  "commands/index.ts": /^(?!SSOCommand)\w+Command\.ts$/,
  "pagination/index.ts": /^([A-Z]\w+Paginator|Interfaces)\.ts$/, // one per operation, not createPaginator
  "enumerate/index.ts": /^(paginateAccountsWithRoles|Interfaces)\.ts$/,
  "models/index.ts": /^models_\d+\.ts$/,
};

describe("the folders' index files", () => {
  it.each(Object.entries(FOLDER_INDEXES))("%s re-exports its folder's public modules", async (index, publicModule) => {
    const folder = index.slice(0, index.indexOf("/"));
    const modules = (await readdir(root + folder)).filter((file) => publicModule.test(file));
    expect(modules.length).toBeGreaterThan(0);
    const text = await readFile(root + index, "utf8");
    const reexported = [...text.matchAll(/from "\.\/(\w+)\.js"/g)].map(([, name]) => `${name}.ts`);
    expect(reexported.sort()).toEqual(modules.sort());
  });
});

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
    values.add("$Command"); // smithy's Command, under the original's name
    expect(Object.keys(index).sort()).toEqual([...values].sort());
  });

  it("include the original's $Command: smithy's Command, for commands written outside the package", async () => {
    const { $Command, ListAccountsCommand } = await import("../src/index.js");
    const { Command } = await import("@smithy/smithy-client");
    expect($Command).toBe(Command);
    expect(new ListAccountsCommand({ accessToken: "t" })).toBeInstanceOf($Command);
  });
});
