// The published package as users get it: one `npm pack`, then one install of the tarball the
// README's way (Installing: `npm install ../client-sso-<version>.tgz`, here together with the real
// @aws-sdk/credential-provider-sso, whose @aws-sdk/client-sso the README's npm `overrides` replace
// with this package), then the package linters, `require`, `import`, TypeScript's resolution
// modes and the drop-in, all against that one install.
// The tests run side by side (each is a child process or two): the linters read the tarball while
// npm installs it, and what needs the install waits for it. This file is the suite's longest.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";

import { formatMessage } from "publint/utils";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { assertBuilt, bin, childEnv, fixturesDir, memoize, repoRoot, run, runNodeJson, runStatus } from "./helpers.js";

/** The credential provider version the drop-in is tested with: it still requires @aws-sdk/client-sso. */
const CREDENTIAL_PROVIDER_SSO = "3.609.0";
const SLOW = 600_000;

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

let work: string;
let app: string;
let tarball: string;
let packed: PackResult;
let portal: LocalPortal;
/** The install of the tarball into `app`, started once the tarball exists; tests that need it wait. */
let installed: Promise<unknown>;

beforeAll(async () => {
  assertBuilt();
  work = await mkdtemp(join(tmpdir(), "client-sso-ecosystem-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work]);
  packed = (JSON.parse(stdout) as PackResult[])[0]!;
  tarball = join(work, packed.filename);

  app = join(work, "app");
  await cp(join(fixturesDir, "app"), app, { recursive: true });
  await writeFile(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: "ecosystem-app",
        version: "1.0.0",
        private: true,
        // The README's drop-in recipe: every @aws-sdk/client-sso in the tree becomes this package.
        overrides: { "@aws-sdk/client-sso": "$client-sso" },
      },
      null,
      2,
    ),
  );
  // The README's command, with the credential provider the drop-in needs (--save-exact keeps it at
  // the version that still requires @aws-sdk/client-sso). --legacy-peer-deps:
  // @aws-sdk/token-providers names @aws-sdk/client-sso-oidc as a peer, needed only to refresh an
  // expiring token, which these tests never do; skipping it keeps the install small.
  installed = run(
    "npm",
    [
      "install",
      `../${packed.filename}`,
      `@aws-sdk/credential-provider-sso@${CREDENTIAL_PROVIDER_SSO}`,
      "--save-exact",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--legacy-peer-deps",
    ],
    { cwd: app },
  );
  // Awaited by the tests that need it (a failed install fails them); not an unhandled rejection meanwhile.
  installed.catch(() => undefined);

  portal = await createLocalPortal({ fixtures: join(fixturesDir, "portal.json") });
}, SLOW);

afterAll(async () => {
  await portal?.close();
  await installed?.catch(() => undefined);
  if (work) await rm(work, { recursive: true, force: true });
});

describe.concurrent("client-sso as published", () => {
  describe("the tarball", () => {
    it("holds only dist-*, README, LICENSE, CHANGELOG and package.json", () => {
      const paths = packed.files.map((file) => file.path);
      const stray = paths.filter(
        (path) => !/^(dist-(cjs|es|node|types)\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(path),
      );
      expect(stray).toEqual([]);
      for (const required of [
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "package.json",
        "dist-cjs/index.js",
        "dist-node/index.mjs",
        "dist-es/package.json",
        "dist-es/index.js",
        "dist-es/index.d.ts",
        "dist-es/runtimeConfig.browser.js",
        "dist-es/runtimeConfig.native.js",
        "dist-types/index.d.ts",
        "dist-types/local-portal/index.d.ts",
        "dist-types/oidc/index.d.ts",
        "dist-types/credentials/index.d.ts",
        "dist-es/oidc/index.js",
        "dist-cjs/credentials/index.js",
      ]) {
        expect(paths).toContain(required);
      }
    });

    it("ships only what runs in Node: the bundles of the entry points and bins, and what they import lazily", async () => {
      const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
      const entries = new Set<string>(
        Object.values(manifest.bin as Record<string, string>).map((file) => file.slice(2)),
      );
      for (const [subpath, conditions] of Object.entries(manifest.exports as Record<string, any>)) {
        if (subpath === "./package.json") continue;
        entries.add(conditions.node.require.default.slice(2));
        entries.add(conditions.node.import.default.slice(2));
      }
      const shipped = packed.files.map((file) => file.path).filter((path) => /^dist-(cjs|node)\//.test(path));
      await installed;
      for (const entry of entries) expect(shipped).toContain(entry);
      // Every other file is reached from an entry by a relative require() or import().
      const reached = new Set<string>();
      const visit = (file: string): void => {
        if (reached.has(file)) return;
        reached.add(file);
        const text = readFileSync(join(app, "node_modules/client-sso", file), "utf8");
        for (const [, specifier] of text.matchAll(/(?:require|import)\("(\.\.?\/[^"]+)"\)/g)) {
          visit(posix.normalize(posix.join(posix.dirname(file), specifier)));
        }
      };
      for (const entry of entries) visit(entry);
      expect(shipped.filter((path) => !reached.has(path))).toEqual([]);
    });

    it("passes publint: no errors or warnings (strict), and only the one deliberate suggestion", async () => {
      const data = await readFile(tarball);
      const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: "suggestion", strict: true });
      const reported = messages.map(
        (message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false })}`,
      );
      // The object-valued "browser" field (swapping runtimeConfig for runtimeConfig.browser, as the
      // original does and as bundlers and Metro read it) draws a fixed suggestion to move to
      // export conditions; anything else fails.
      expect(reported.filter((line) => !line.startsWith("suggestion USE_EXPORTS_OR_IMPORTS_BROWSER"))).toEqual([]);
    });

    it("passes @arethetypeswrong/cli (strict profile) for every entry point and resolution mode", async () => {
      const { stdout } = await run(bin("attw"), [tarball, "--format", "json", "--no-definitely-typed"]);
      const { analysis } = JSON.parse(stdout) as {
        analysis: { problems: unknown[]; entrypoints: Record<string, unknown> };
      };
      expect(analysis.problems).toEqual([]);
      expect(Object.keys(analysis.entrypoints).sort()).toEqual([
        ".",
        "./credentials",
        "./local-portal",
        "./oidc",
        "./package.json",
      ]);
    });
  });

  describe("installed from the tarball", () => {
    it("`require` loads dist-cjs and calls the emulator", async () => {
      await installed;
      const result = await runNodeJson(join(app, "require.cjs"), { cwd: app, args: [portal.endpoint] });
      expect(result).toEqual({
        resolved: join(app, "node_modules/client-sso/dist-cjs/index.js"),
        runtime: "node",
        accountIds: ["111122223333", "444455556666"],
        error: { name: "UnauthorizedException", typed: true, status: 401 },
        localPortal: "function",
      });
    });

    it("is named client-sso-<version>.tgz and recorded as a file: dependency (README: Installing)", async () => {
      const { version } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { version: string };
      expect(packed.filename).toBe(`client-sso-${version}.tgz`);
      await installed;
      const manifest = JSON.parse(await readFile(join(app, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      };
      expect(manifest.dependencies).toEqual({
        "client-sso": `file:../${packed.filename}`,
        "@aws-sdk/credential-provider-sso": CREDENTIAL_PROVIDER_SSO,
      });
    });

    it("`import` loads the ES module bundle dist-node/index.mjs and calls the emulator", async () => {
      await installed;
      const result = await runNodeJson(join(app, "import.mjs"), { cwd: app, args: [portal.endpoint] });
      expect(result).toEqual({
        resolved: `file://${join(app, "node_modules/client-sso/dist-node/index.mjs")}`,
        runtime: "node",
        accountIds: ["111122223333", "444455556666"],
        error: { name: "UnauthorizedException", typed: true, status: 401 },
        localPortal: "function",
      });
    });

    // Node's types come from this repository, as a Node project has its own @types/node.
    const nodeTypes = { typeRoots: [join(repoRoot, "node_modules/@types")], types: ["node"] };
    /** The three type checks: compiler options, and copies of types/ files (target name → source). */
    const PROJECTS: Record<string, { compilerOptions: Record<string, unknown>; files: Record<string, string> }> = {
      node16: {
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          lib: ["ES2022"],
          skipLibCheck: false,
          ...nodeTypes,
        },
        files: {
          "client.cts": "client.ts",
          "client.mts": "client.ts",
          "portal.cts": "portal.ts",
          "portal.mts": "portal.ts",
        },
      },
      bundler: {
        compilerOptions: {
          module: "esnext",
          moduleResolution: "bundler",
          lib: ["ES2022"],
          skipLibCheck: false,
          ...nodeTypes,
        },
        files: { "bundled.ts": "client.ts", "bundled-portal.ts": "portal.ts" },
      },
      // @smithy's own declarations mention Node's stream types, so browser projects (like the
      // original's users) keep skipLibCheck on; the client's surface must still type-check.
      browser: {
        compilerOptions: {
          module: "esnext",
          moduleResolution: "bundler",
          lib: ["ES2022", "DOM"],
          skipLibCheck: true,
          types: [],
        },
        files: { "browser.ts": "client.ts" },
      },
    };

    /**
     * One `tsc -b` over the three projects (each its own program with its own options, as three
     * `tsc -p` would be, but one process that parses the shared declarations once: about 4 s of CPU
     * less). Per project: our files in its program and its errors, from the `--verbose --listFiles` output.
     */
    const typecheckAll = memoize(async () => {
      await installed;
      const dir = join(app, "types");
      const base = { target: "ES2022", strict: true, noEmit: true };
      for (const [name, { compilerOptions, files }] of Object.entries(PROJECTS)) {
        for (const [target, source] of Object.entries(files)) await cp(join(dir, source), join(dir, target));
        await writeFile(
          join(dir, `tsconfig.${name}.json`),
          JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files: Object.keys(files) }),
        );
      }
      const references = Object.keys(PROJECTS).map((name) => ({ path: `./tsconfig.${name}.json` }));
      await writeFile(join(dir, "tsconfig.all.json"), JSON.stringify({ files: [], references }));
      const result = await runStatus(bin("tsc"), ["-b", "tsconfig.all.json", "--verbose", "--listFiles"], { cwd: dir });
      const ours = join(app, "node_modules/client-sso") + "/";
      const projects = new Map<string, { files: string[]; errors: string[] }>();
      let current: { files: string[]; errors: string[] } | undefined;
      for (const line of `${result.stdout}\n${result.stderr}`.split("\n")) {
        const building = /Building project '.*tsconfig\.(\w+)\.json'/.exec(line);
        if (building) projects.set(building[1], (current = { files: [], errors: [] }));
        else if (current && line.startsWith(ours)) current.files.push(line.slice(ours.length));
        else if (current && /error TS\d+/.test(line)) current.errors.push(line);
      }
      const errors = [...projects.values()].flatMap((project) => project.errors);
      if (result.code !== 0 && errors.length === 0)
        throw new Error(`tsc -b failed:\n${result.stdout}\n${result.stderr}`);
      return projects;
    });

    /** Our files in the program of one project, which must type-check. */
    async function typecheck(name: string): Promise<string[]> {
      const project = (await typecheckAll()).get(name);
      expect(project, `tsc -b built no project ${name}`).toBeDefined();
      expect(project!.errors).toEqual([]);
      return project!.files;
    }

    it.concurrent(
      "type-checks with moduleResolution node16: .cts gets dist-types, .mts gets dist-es",
      async () => {
        const files = await typecheck("node16");
        expect(files).toContain("dist-types/index.d.ts");
        expect(files).toContain("dist-types/local-portal/index.d.ts");
        expect(files).toContain("dist-es/index.d.ts");
        expect(files).toContain("dist-es/local-portal/index.d.ts");
      },
      SLOW,
    );

    it.concurrent(
      "type-checks with moduleResolution bundler (the import condition: dist-es)",
      async () => {
        const files = await typecheck("bundler");
        expect(files).toContain("dist-es/index.d.ts");
        expect(files).toContain("dist-es/local-portal/index.d.ts");
        expect(files.filter((file) => file.startsWith("dist-types/"))).toEqual([]);
      },
      SLOW,
    );

    it.concurrent(
      "type-checks in a browser project: bundler resolution, DOM, no Node types",
      async () => {
        const files = await typecheck("browser");
        expect(files).toContain("dist-es/index.d.ts");
      },
      SLOW,
    );
  });

  describe("drop-in for @aws-sdk/client-sso", () => {
    const startUrl = "https://ecosystem.awsapps.com/start";

    /** A home folder with an AWS config and an SSO token cache, as `aws sso login` leaves them. */
    async function makeHome(): Promise<NodeJS.ProcessEnv> {
      const home = join(work, "home");
      const cache = join(home, ".aws/sso/cache");
      await mkdir(cache, { recursive: true });
      await writeFile(
        join(home, ".aws/config"),
        [
          "[profile legacy]",
          `sso_start_url = ${startUrl}`,
          "sso_region = us-east-1",
          "sso_account_id = 111122223333",
          "sso_role_name = ReadOnly",
          "",
          "[profile session]",
          "sso_session = ecosystem",
          "sso_account_id = 444455556666",
          "sso_role_name = Admin",
          "",
          "[sso-session ecosystem]",
          `sso_start_url = ${startUrl}`,
          "sso_region = eu-west-1",
          "sso_registration_scopes = sso:account:access",
          "",
        ].join("\n"),
      );
      await writeFile(join(home, ".aws/credentials"), "");
      // A day ahead: far from the five-minute window in which the provider would try to refresh.
      const expiresAt = new Date(Date.now() + 24 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
      const cacheFile = (key: string) => join(cache, `${createHash("sha1").update(key).digest("hex")}.json`);
      // Legacy profiles key the cache by start URL, sso-session profiles by the session's name.
      await writeFile(
        cacheFile(startUrl),
        JSON.stringify({ startUrl, region: "us-east-1", accessToken: "ecosystem-token", expiresAt }),
      );
      await writeFile(
        cacheFile("ecosystem"),
        JSON.stringify({ startUrl, region: "eu-west-1", accessToken: "ecosystem-session-token", expiresAt }),
      );
      const env = childEnv({
        HOME: home,
        AWS_CONFIG_FILE: join(home, ".aws/config"),
        AWS_SHARED_CREDENTIALS_FILE: join(home, ".aws/credentials"),
      });
      for (const key of Object.keys(env)) {
        if (key.startsWith("AWS_") && !["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"].includes(key))
          delete env[key];
      }
      return env;
    }

    it(
      `@aws-sdk/credential-provider-sso@${CREDENTIAL_PROVIDER_SSO} resolves credentials through this package`,
      async ({ onTestFinished }) => {
        const env = await makeHome();
        await installed;
        // A portal of its own: the request log shows only the provider's calls, not the other tests'.
        const dropInPortal = await createLocalPortal({ fixtures: join(fixturesDir, "portal.json") });
        onTestFinished(() => dropInPortal.close());
        const { endpoint } = dropInPortal;
        const legacy = await runNodeJson(join(app, "drop-in.cjs"), { cwd: app, env, args: [endpoint, "legacy"] });
        const session = await runNodeJson(join(app, "drop-in.cjs"), { cwd: app, env, args: [endpoint, "session"] });

        for (const result of [legacy, session]) {
          // What the provider loaded as "@aws-sdk/client-sso" is this package.
          expect(result.client).toEqual({ name: "client-sso", version: "0.1.0" });
          expect(result.credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
          expect(result.credentials.secretAccessKey).toEqual(expect.any(String));
          expect(result.credentials.sessionToken).toEqual(expect.any(String));
          expect(Date.parse(result.credentials.expiration)).toBeGreaterThan(Date.now());
        }
        const calls = dropInPortal.requestLog
          .filter((entry) => entry.operation === "GetRoleCredentials")
          .map(({ accessToken, query, status }) => ({ accessToken, query, status }));
        expect(calls).toEqual([
          { accessToken: "ecosystem-token", query: { account_id: "111122223333", role_name: "ReadOnly" }, status: 200 },
          {
            accessToken: "ecosystem-session-token",
            query: { account_id: "444455556666", role_name: "Admin" },
            status: 200,
          },
        ]);
      },
      SLOW,
    );
  });
});
