import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";

import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * Node.js's on-disk cache of compiled code (Node.js 22.1+; Node.js 20 ignores it). The suite
 * starts hundreds of Node.js processes (our bins, tsc, npm, TypeDoc, the soak): with the cache
 * each parses and compiles a script once per run instead of every time, about 15% of the suite's
 * CPU on Node.js 24. Set before the workers start, so they and every child process inherit it; a
 * cache the user already set wins. It lives in node_modules, so a fresh install starts it cold.
 */
const COMPILE_CACHE = fileURLToPath(new URL("./node_modules/.cache/node-compile-cache", import.meta.url));
process.env.NODE_COMPILE_CACHE ??= COMPILE_CACHE;
(nodeModule as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache?.(
  process.env.NODE_COMPILE_CACHE,
);

/**
 * The files that take longest (child processes: npm, tsc, TypeDoc, Chromium, the soak), started
 * first: a long file that starts last is the suite's critical path (bundles.test did that, 56 of 97 s).
 * Longest first, as measured on the 2-core machine; a file not listed keeps Vitest's order.
 */
const START_FIRST = [
  "test/ecosystem/package.test.ts",
  "test/reliability/soak.test.ts",
  "test/conformance/wire.test.ts",
  "test/ecosystem/client-mock.test.ts",
  "test/local-portal/oidc/pages.test.ts",
  "test/reliability/faults.test.ts",
  "test/reliability/secrets.test.ts",
  "test/docs/readme.test.ts",
  "test/signin/compat.test.ts",
  "test/local-portal/cli.test.ts",
  "test/ecosystem/bundles.test.ts",
];

/**
 * Files that need a module graph of their own: browserRuntime replaces a module with vi.mock;
 * reference.test compares the Lambda trace header with the original's, which failed now and then
 * after other files had run in the same worker (module-level state of the original's packages).
 */
const ISOLATED = ["test/pipeline/browserRuntime.test.ts", "test/pipeline/reference.test.ts"];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = START_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return index === -1 ? START_FIRST.length : index;
    };
    // Array sort is stable: the files not listed keep Vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Worker threads start faster than forked processes (about 8% less CPU for the suite); every
    // test that needs a process of its own (soak, CLI, cold start) spawns one.
    pool: "threads",
    // Vitest's default on a 2-core machine is one worker (cores − 1), which runs the files one by
    // one. Many files mostly wait (child processes, loopback servers, retry back-off), so four
    // files at a time keep both cores busy.
    maxWorkers: 4,
    sequence: { sequencer: LongestFirst },
    env: {
      // The pinned @aws-sdk/client-sso (a devDependency the comparison tests load) warns once per
      // process on Node.js < 22 that releases after January 2027 will need 22; this is the SDK's
      // documented switch for that warning. Child processes the tests start inherit it.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    projects: [
      {
        extends: true,
        // A worker runs its files one after another in one module graph: src/ and the reference
        // client are loaded once per worker instead of once per file, which was about a second of
        // CPU per file (half of the suite's CPU for the files that do not start processes). Every
        // file restores what it changes (environment variables, globals, servers) after itself.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED, isolate: true } },
    ],
  },
});
