// scripts/bundle-node.mjs on a copy of the built package with one more `exports` entry, as another
// engineer would add it: it gets its own bundles with no change to the script, takes the classes the
// package root also has from the root bundle (one SSOClient, one UnauthorizedException, for
// `instanceof` and for aws-sdk-client-mock), and the build refuses to copy a class of the root's.
// With --only=./extra the script bundles just the root and the new entry: the other entries and the
// bins are the same as in `npm run build`, which the package tests check, and took most of the time.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { assertBuilt, repoRoot, run } from "./helpers.js";

let work: string;

/** A copy of package.json and dist-es with an extra entry `./extra` whose source is `source`. */
async function packageWithExtraEntry(name: string, source: string): Promise<string> {
  const dir = join(work, name);
  await cp(join(repoRoot, "dist-es"), join(dir, "dist-es"), { recursive: true });
  await symlink(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  await mkdir(join(dir, "dist-es/extra"));
  await writeFile(join(dir, "dist-es/extra/index.js"), source);
  const manifest = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8"));
  const modular = { types: "./dist-es/extra/index.d.ts", default: "./dist-es/extra/index.js" };
  manifest.exports["./extra"] = {
    module: modular,
    node: {
      import: { types: modular.types, default: "./dist-node/extra/index.mjs" },
      require: { types: "./dist-types/extra/index.d.ts", default: "./dist-cjs/extra/index.js" },
    },
    import: modular,
    require: { types: "./dist-types/extra/index.d.ts", default: "./dist-cjs/extra/index.js" },
  };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest));
  return dir;
}

const bundleScript = join(repoRoot, "scripts/bundle-node.mjs");
/** The script as the build runs it, on `dir`, bundling only the root and `./extra` (not the bins and other entries). */
const bundle = (dir: string) => run(process.execPath, [bundleScript, dir, "--only=./extra"]);

beforeAll(async () => {
  assertBuilt();
  work = await mkdtemp(join(tmpdir(), "client-sso-bundles-"));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a new exports entry", () => {
  it("is bundled for require and import, and shares the root bundle's classes", async () => {
    const dir = await packageWithExtraEntry(
      "shared",
      [
        'import { SSOClient } from "../SSOClient.js";',
        'import { UnauthorizedException } from "../models/models_0.js";',
        "export { SSOClient, UnauthorizedException };",
        'export const unauthorized = () => new UnauthorizedException({ message: "no", $metadata: {} });',
        "",
      ].join("\n"),
    );
    await bundle(dir);

    const require = createRequire(join(dir, "package.json"));
    const rootCjs = require("./dist-cjs/index.js");
    const extraCjs = require("./dist-cjs/extra/index.js");
    expect(extraCjs.SSOClient).toBe(rootCjs.SSOClient);
    expect(extraCjs.unauthorized()).toBeInstanceOf(rootCjs.UnauthorizedException);
    expect(extraCjs.unauthorized()).toBeInstanceOf(rootCjs.SSOServiceException);

    const rootEsm = await import(pathToFileURL(join(dir, "dist-node/index.mjs")).href);
    const extraEsm = await import(pathToFileURL(join(dir, "dist-node/extra/index.mjs")).href);
    expect(extraEsm.SSOClient).toBe(rootEsm.SSOClient);
    expect(extraEsm.unauthorized()).toBeInstanceOf(rootEsm.UnauthorizedException);

    // The client is not copied: the extra bundles import the root bundle.
    const extraText = await readFile(join(dir, "dist-cjs/extra/index.js"), "utf8");
    expect(extraText).toContain('require("../index.js")');
    expect(extraText).not.toContain("class SSOClient");
    expect(await readFile(join(dir, "dist-node/extra/index.mjs"), "utf8")).toContain('from"../index.mjs"');
  }, 120_000);

  it("fails the build when it would get its own copy of a class the package root exports", async () => {
    // A module the root takes one class from, with a helper the root does not export: the new entry
    // cannot take the whole module from the root bundle, so it would copy the class.
    const dir = await packageWithExtraEntry("copied", 'export { Shared, helper } from "../models/shared.js";\n');
    await writeFile(
      join(dir, "dist-es/models/shared.js"),
      "export class Shared {}\nexport const helper = () => new Shared();\n",
    );
    await writeFile(
      join(dir, "dist-es/index.js"),
      `${await readFile(join(dir, "dist-es/index.js"), "utf8")}\nexport { Shared } from "./models/shared.js";\n`,
    );
    await expect(bundle(dir)).rejects.toThrow(
      /\.\/extra would get its own copy of class\(es\) the package root exports, in models\/shared\.js/,
    );
  }, 120_000);

  it("copies a class the package root holds but does not export (no user can reach both copies)", async () => {
    // AdaptiveRateLimiter is in the root bundle (paginateAccountsWithRoles) but not exported by it.
    const dir = await packageWithExtraEntry(
      "internal",
      'export { AdaptiveRateLimiter } from "../enumerate/AdaptiveRateLimiter.js";\n',
    );
    await bundle(dir);
    const extra = createRequire(join(dir, "package.json"))("./dist-cjs/extra/index.js");
    expect(typeof extra.AdaptiveRateLimiter).toBe("function");
  }, 120_000);
});
