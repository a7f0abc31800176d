// The browser: esbuild bundles a page for the browser from the package's own entry, a static
// server serves it on one loopback origin, the emulator answers with CORS on another, and
// headless Chromium (Debian's package, driven by playwright-core) runs the client in the page.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";

import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { build as viteBuild, type Rollup } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import type { PageResult } from "./fixtures/browser/page.js";
import { assertBuilt, fixturesDir, repoRoot } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";

interface Bundle {
  text: string;
  /** Input files, relative to the repository. */
  inputs: string[];
}

/** Bundles an entry for the browser; "client-sso" resolves to this package through its exports. */
async function bundleForBrowser(
  entry: string,
  options: { format: "esm" | "iife"; conditions?: string[] },
): Promise<Bundle> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [join(fixturesDir, "browser", entry)],
    bundle: true,
    platform: "browser",
    format: options.format,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    ...(options.conditions && { conditions: options.conditions }),
  });
  return { text: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

/** What must never reach a browser bundle. */
function nodeOnly(bundle: Bundle): string[] {
  const found: string[] = [];
  for (const pattern of [
    /["']node:[a-z_/]+["']/g,
    /require\(["'](https?|http2|net|tls|stream|fs|os|child_process)["']\)/g,
  ]) {
    found.push(...(bundle.text.match(pattern) ?? []));
  }
  found.push(...bundle.inputs.filter((input) => /node-http-handler|runtimeConfig\.js$|local-portal/.test(input)));
  return found;
}

/** Builds an entry with Vite (Rolldown) for the browser, as a Vite app's production build would. */
async function bundleWithVite(entry: string): Promise<Bundle> {
  const result = await viteBuild({
    root: repoRoot,
    configFile: false,
    envFile: false,
    logLevel: "silent",
    build: { write: false, minify: false, rollupOptions: { input: join(fixturesDir, "browser", entry) } },
  });
  const outputs = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((output) => output.output);
  const chunks = outputs.filter((output): output is Rollup.OutputChunk => output.type === "chunk");
  return {
    text: chunks.map((chunk) => chunk.code).join("\n"),
    inputs: chunks.flatMap((chunk) => Object.keys(chunk.modules)).map((id) => relative(repoRoot, id)),
  };
}

describe("bundling for the browser", () => {
  beforeAll(() => assertBuilt());

  it("esbuild: an ES import gets dist-es with runtimeConfig.browser and FetchHttpHandler, nothing from node:http", async () => {
    const bundle = await bundleForBrowser("page.ts", { format: "esm" });
    expect(bundle.inputs).toContain("dist-es/runtimeConfig.browser.js");
    expect(bundle.inputs.some((input) => input.includes("@smithy/fetch-http-handler/"))).toBe(true);
    expect(bundle.text).toContain("FetchHttpHandler");
    expect(nodeOnly(bundle)).toEqual([]);
  });

  // dist-cjs holds the Node bundle only: the "browser" condition sends a require to dist-es too.
  it("esbuild: a CommonJS require (no `module` condition) gets dist-es with runtimeConfig.browser, nothing from node:http", async () => {
    const bundle = await bundleForBrowser("require-entry.cjs", { format: "iife", conditions: [] });
    expect(bundle.inputs).toContain("dist-es/index.js");
    expect(bundle.inputs).toContain("dist-es/runtimeConfig.browser.js");
    expect(bundle.inputs.filter((input) => input.startsWith("dist-cjs/") || input.startsWith("dist-node/"))).toEqual(
      [],
    );
    expect(bundle.inputs.some((input) => input.includes("@smithy/fetch-http-handler/"))).toBe(true);
    expect(nodeOnly(bundle)).toEqual([]);
  });

  // Vite (like webpack and Metro) reads the file map from the closest package.json: for dist-es
  // that is dist-es/package.json, which the build gives its own copy of the maps.
  it("Vite: a production build gets runtimeConfig.browser and FetchHttpHandler, nothing from node:http", async () => {
    const bundle = await bundleWithVite("page.ts");
    expect(bundle.inputs).toContain("dist-es/runtimeConfig.browser.js");
    expect(bundle.inputs.some((input) => input.includes("@smithy/fetch-http-handler/"))).toBe(true);
    expect(nodeOnly(bundle)).toEqual([]);
  }, 60_000);
});

describe("headless Chromium", () => {
  let browser: Browser;
  let pageServer: Server;
  let pageOrigin: string;
  let portal: LocalPortal;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does: apt-get install -y chromium)`);
    }
    const script = (await bundleForBrowser("page.ts", { format: "esm" })).text;
    const html =
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>loading</title><script type="module" src="/page.js"></script>';
    pageServer = createServer((req, res) => {
      if (req.url === "/page.js") {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
      } else if (req.url === "/") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
    // Another port is another origin: every call is a cross-origin fetch that needs CORS.
    portal = await createLocalPortal({
      fixtures: join(fixturesDir, "portal.json"),
      cors: { allowOrigins: [pageOrigin] },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await new Promise((resolve) => (pageServer ? pageServer.close(resolve) : resolve(undefined)));
  });

  it("runs ListAccounts, GetRoleCredentials and a typed error through FetchHttpHandler against the emulator", async () => {
    const page = await browser.newPage();
    page.on("pageerror", (error) => pageProblems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageProblems.push(`console: ${message.text()}`);
    });
    try {
      await page.goto(`${pageOrigin}/`);
      await page.waitForFunction(() => document.title === "ready");
      const result: PageResult = await page.evaluate((endpoint) => window.runSso(endpoint), portal.endpoint);

      expect(result.runtime).toBe("browser");
      expect(result.fetchHandler).toBe(true);
      expect(result.accountIds).toEqual(["111122223333", "444455556666"]);
      expect(result.credentials).toEqual({
        accessKeyId: expect.stringMatching(/^ASIA/),
        hasSecret: true,
        hasSessionToken: true,
        expiresInFuture: true,
      });
      expect(result.error).toEqual({
        name: "UnauthorizedException",
        unauthorized: true,
        serviceException: true,
        fault: "client",
        status: 401,
        // Readable only because the emulator exposes x-amzn-requestid to the page.
        requestId: expect.any(String),
      });
    } finally {
      await page.close();
    }

    const log = portal.requestLog;
    // The browser asked first (preflight) and then sent each call from the page's origin.
    expect(log.some((entry) => entry.method === "OPTIONS")).toBe(true);
    const calls = log.filter((entry) => entry.operation !== undefined);
    expect(calls.map((entry) => [entry.operation, entry.status])).toEqual([
      ["ListAccounts", 200],
      ["GetRoleCredentials", 200],
      ["GetRoleCredentials", 401],
    ]);
    expect(calls.every((entry) => entry.headers.origin === pageOrigin)).toBe(true);
    // The 401 is the only failure the page saw; nothing else went wrong in it.
    expect(pageProblems.filter((problem) => !problem.includes("401"))).toEqual([]);
  }, 120_000);
});
