import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Worker threads start faster than forked processes (about 8% less CPU for the suite); every
    // test that needs a process of its own (soak, CLI, cold start) spawns one.
    pool: "threads",
    // Vitest's default on a 2-core machine is one worker (cores − 1), which runs the files one by
    // one. Many files mostly wait (child processes, loopback servers, retry back-off), so four
    // files at a time keep both cores busy.
    maxWorkers: 4,
    env: {
      // The pinned @aws-sdk/client-sso (a devDependency the comparison tests load) warns once per
      // process on Node.js < 22 that releases after January 2027 will need 22; this is the SDK's
      // documented switch for that warning. Child processes the tests start inherit it.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
  },
});
