// React Native: the package's "react-native" field swaps runtimeConfig for runtimeConfig.native,
// which uses the fetch handler. The runtime config is loaded directly from both builds, and an app
// is bundled with Metro's resolution rules and run against the emulator.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import type { AppResult } from "./fixtures/react-native/app.js";
import { assertBuilt, fixturesDir, repoRoot, runNodeJson } from "./helpers.js";
import { METRO_MAIN_FIELDS, metroResolution } from "./metroResolution.js";

const manifest = createRequire(import.meta.url)(join(repoRoot, "package.json")) as {
  "react-native": Record<string, string>;
};

describe("runtimeConfig.native", () => {
  beforeAll(() => assertBuilt());

  it("the react-native field maps runtimeConfig to runtimeConfig.native in dist-es, and the Node bundle to dist-es", () => {
    expect(manifest["react-native"]["./dist-es/runtimeConfig"]).toBe("./dist-es/runtimeConfig.native");
    expect(manifest["react-native"]["./dist-es/runtimeConfig.js"]).toBe("./dist-es/runtimeConfig.native.js");
    // Resolvers without `exports` support (older Metro) take "main", the Node bundle: sent to dist-es.
    expect(manifest["react-native"]["./dist-cjs/index.js"]).toBe("./dist-es/index.js");
  });

  it("dist-cjs holds no runtime config of its own: it is the Node bundle, never swapped", () => {
    const require = createRequire(join(repoRoot, "dist-cjs/index.js"));
    for (const file of ["./runtimeConfig.js", "./runtimeConfig.native.js", "./runtimeConfig.browser.js"]) {
      expect(() => require.resolve(file)).toThrow();
    }
  });

  it("loads from dist-es: runtime react-native with a FetchHttpHandler", async () => {
    const { getRuntimeConfig } = await import(pathToFileURL(join(repoRoot, "dist-es/runtimeConfig.native.js")).href);
    const { FetchHttpHandler } = await import("@smithy/fetch-http-handler");
    const config = getRuntimeConfig({ region: "us-east-1" });
    expect(config.runtime).toBe("react-native");
    expect(config.requestHandler).toBeInstanceOf(FetchHttpHandler);
  });
});

describe("an app bundled with Metro's resolution", () => {
  let work: string;
  let portal: LocalPortal;
  const redirects: string[] = [];
  let inputs: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    work = await mkdtemp(join(tmpdir(), "client-sso-react-native-"));
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: [join(fixturesDir, "react-native/app.ts")],
      outfile: join(work, "app.bundle.mjs"),
      bundle: true,
      // React Native has neither Node's modules nor the browser's condition: "neutral" fails the
      // build on any node: import, as Metro would.
      platform: "neutral",
      format: "esm",
      target: "es2022",
      conditions: ["react-native"],
      mainFields: METRO_MAIN_FIELDS,
      metafile: true,
      logLevel: "silent",
      plugins: [metroResolution(redirects)],
    });
    inputs = Object.keys(result.metafile.inputs);
    await writeFile(
      join(work, "main.mjs"),
      'import { run } from "./app.bundle.mjs";\nconsole.log(JSON.stringify(await run(process.argv[2])));\n',
    );
    portal = await createLocalPortal({ fixtures: join(fixturesDir, "portal.json") });
  }, 120_000);

  afterAll(async () => {
    await portal?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("selects runtimeConfig.native through the react-native field, with no Node module in the bundle", () => {
    expect(redirects).toContain(
      `${join(repoRoot, "dist-es/runtimeConfig.js")} -> ${join(repoRoot, "dist-es/runtimeConfig.native.js")}`,
    );
    expect(inputs).toContain("dist-es/runtimeConfig.native.js");
    expect(inputs).not.toContain("dist-es/runtimeConfig.js");
    expect(inputs.filter((input) => /node-http-handler|local-portal/.test(input))).toEqual([]);
  });

  it("calls the emulator through the fetch handler", async () => {
    const result = await runNodeJson<AppResult>(join(work, "main.mjs"), { cwd: work, args: [portal.endpoint] });
    expect(result).toEqual({
      runtime: "react-native",
      fetchHandler: true,
      accountIds: ["111122223333", "444455556666"],
      accessKeyId: expect.stringMatching(/^ASIA/),
      error: { name: "UnauthorizedException", unauthorized: true, status: 401 },
    });
  });
});
