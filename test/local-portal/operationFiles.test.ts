// Every operation of the emulator is one file of one shape: a doc comment that says what it
// answers, the model's HTTP binding (checked here against the route table the server uses) and
// the errors it answers, then `export const <Operation>: OperationHandler`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { findRoute } from "../../src/local-portal/operations/index.js";
import { PATHS, type OperationName } from "../../src/local-portal/wire.js";

const folder = join(import.meta.dirname, "../../src/local-portal/operations");
/** The folder's files that are not operations. */
const SUPPORT = new Set(["context.ts", "index.ts", "required.ts"]);
const ERROR_CODES = readFileSync(join(folder, "../errors.ts"), "utf8").match(/"[A-Za-z]+(?:Exception|Failure)"/g) ?? [];

const operationFiles = readdirSync(folder).filter((name) => !SUPPORT.has(name));

describe("src/local-portal/operations/", () => {
  it("has one file per operation of the model", () => {
    expect(operationFiles.map((name) => name.replace(/\.ts$/, "")).sort()).toEqual(Object.keys(PATHS).sort());
  });

  it.each(operationFiles)("%s: one doc comment shape and the route it is served on", (file) => {
    const name = file.replace(/\.ts$/, "") as OperationName;
    const source = readFileSync(join(folder, file), "utf8");
    const match = /\/\*\*\n((?: \*.*\n)+) \*\/\nexport const (\w+): OperationHandler = \(\{ [\w, ]+ \}\) =>/.exec(
      source,
    );
    expect(
      match,
      `${file}: a doc comment right above "export const ${name}: OperationHandler = ({ … }) =>"`,
    ).not.toBeNull();
    expect(match![2]).toBe(name);
    const text = match![1].replace(/^ \* ?/gm, "").replace(/\n(?!\n)/g, " ");
    const [what, http, errors, ...rest] = text.split("\n").map((paragraph) => paragraph.trim());
    expect(rest.filter(Boolean)).toEqual([]);
    expect(what).toMatch(new RegExp(`^${name}: \\S`));
    const binding =
      /^HTTP: (GET|POST) (\S+), with `accessToken` in the `x-amz-sso_bearer_token` header\b.*; answers /.exec(http);
    expect(binding, `${file}: "HTTP: METHOD /path, with \`accessToken\` in … header …; answers …"`).not.toBeNull();
    expect(binding![2].replace(/,$/, "")).toBe(PATHS[name]);
    expect(findRoute(binding![1], PATHS[name])?.operation).toBe(name);
    expect(errors).toMatch(/^Errors: /);
    expect(errors).toContain("401 UnauthorizedException");
    for (const code of errors.match(/\b\d{3} [A-Z]\w+/g) ?? [])
      expect(ERROR_CODES, `${file} names ${code}`).toContain(`"${code.split(" ")[1]}"`);
  });

  it("listings name their page-token scope the same way", () => {
    for (const file of operationFiles) {
      const source = readFileSync(join(folder, file), "utf8");
      if (!source.includes("paginate(")) continue;
      const name = file.replace(/\.ts$/, "");
      expect(source).toMatch(new RegExp(`const scope = pageScope\\("${name}", session\\.userId[,)]`));
      expect(source).toMatch(/paginate\(\w+, query, scope, pageTokens, settings\.defaultPageSize\)/);
    }
  });
});
