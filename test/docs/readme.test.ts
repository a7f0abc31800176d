// Every JavaScript and TypeScript block of README.md runs as written against the local portal
// emulator, through the built package, and type-checks under `strict` (the JavaScript ones with
// checkJs, as a TypeScript user who pastes them would see them).
//
// What is filled in, and nothing else:
// - the access token: blocks read `process.env.AWS_SSO_ACCESS_TOKEN`, set to alice's token of the
//   emulator's built-in fixture;
// - the endpoint: `AWS_ENDPOINT_URL_SSO` is set to the emulator, and, as long as the client does
//   not read that variable itself, a client constructed on one line as `new SSOClient({ … })` or
//   `new SSO({ … })` without an `endpoint` gets `endpoint: process.env.AWS_ENDPOINT_URL_SSO` as
//   its first option (see `withEndpoint`).
// Each block is its own file in a temporary project whose `client-sso` is this repository (a
// symlink, so the built dist-* and package.json `exports` are what resolve) and whose other
// packages are this repository's node_modules. A block that imports "vitest" is a test file and
// runs under vitest; other TypeScript blocks are stripped of types with esbuild and run by node.
// Blocks in other languages (sh, json, text, …) are not run; a block without a language fails,
// so that nothing runnable is left out by accident.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { codeBlocks, where, type CodeBlock } from "./markdownBlocks.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const RUNNABLE: Record<string, "js" | "ts"> = {
  js: "js",
  javascript: "js",
  mjs: "js",
  ts: "ts",
  typescript: "ts",
  mts: "ts",
};
/** Not code, or not code for Node: shown to be read or typed into a shell. */
const NOT_RUN = new Set([
  "sh",
  "bash",
  "shell",
  "console",
  "json",
  "jsonc",
  "text",
  "ini",
  "diff",
  "yaml",
  "html",
  "css",
]);
const TOKEN = "local-portal-token-alice";
const BLOCK_TIMEOUT_MS = 30_000;

const readme = await readFile(join(repoRoot, "README.md"), "utf8");
const blocks = codeBlocks(readme);
const runnable = blocks.filter((block) => block.lang in RUNNABLE);

/** A one-line client construction without an endpoint gets the emulator's, from the environment. */
function withEndpoint(code: string): string {
  return code.replace(/new (SSOClient|SSO)\(\{([^}\n]*)\}\)/g, (call, name: string, options: string) =>
    /\bendpoint\b/.test(options) ? call : `new ${name}({ endpoint: process.env.AWS_ENDPOINT_URL_SSO,${options}})`,
  );
}

const isTestFile = (block: CodeBlock) => /from ["']vitest["']/.test(block.code);
const fileName = (block: CodeBlock) =>
  `block-${block.line}${isTestFile(block) ? ".test" : ""}.${RUNNABLE[block.lang] === "ts" ? "ts" : "js"}`;

interface Exit {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

function exec(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeout = BLOCK_TIMEOUT_MS,
): Promise<Exit> {
  return new Promise((resolveExit) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error.killed ? `killed after ${timeout} ms` : (error.code ?? "error")) : 0;
      resolveExit({ code, stdout, stderr });
    });
  });
}

let project: string;
let portal: LocalPortal;
let env: NodeJS.ProcessEnv;
/** tsc's diagnostics by block file name. */
const diagnostics = new Map<string, string[]>();

beforeAll(async () => {
  if (!existsSync(join(repoRoot, "dist-es/index.js")) || !existsSync(join(repoRoot, "dist-cjs/index.js"))) {
    throw new Error("the README blocks run against the built package: run `npm run build` first");
  }
  project = await mkdtemp(join(tmpdir(), "client-sso-readme-"));
  const modules = join(project, "node_modules");
  await mkdir(modules);
  await symlink(repoRoot, join(modules, "client-sso"), "dir");
  for (const entry of await readdir(join(repoRoot, "node_modules"))) {
    if (entry.startsWith(".") || entry === "client-sso") continue;
    await symlink(join(repoRoot, "node_modules", entry), join(modules, entry), "dir");
  }
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "readme-blocks", private: true, type: "module" }),
  );
  for (const block of runnable) await writeFile(join(project, fileName(block)), withEndpoint(block.code));

  portal = await createLocalPortal();
  // Only what the blocks are told; no profile, config file or AWS variable of the machine's.
  const home = join(project, "home");
  await mkdir(home);
  env = { PATH: process.env.PATH, HOME: home, NODE_OPTIONS: "" };
  Object.assign(env, {
    AWS_SSO_ACCESS_TOKEN: TOKEN,
    AWS_ENDPOINT_URL_SSO: portal.endpoint,
    AWS_CONFIG_FILE: join(home, "missing-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(home, "missing-credentials"),
  });

  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        moduleDetection: "force",
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        allowJs: true,
        checkJs: true,
        noEmit: true,
        skipLibCheck: true,
      },
      files: runnable.map(fileName),
    }),
  );
  const tsc = await exec(
    process.execPath,
    [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", project, "--pretty", "false"],
    project,
    env,
    120_000,
  );
  for (const line of `${tsc.stdout}\n${tsc.stderr}`.split("\n")) {
    // "block-58.js(3,10): error TS…" → "README.md:61:10: error TS…" (the endpoint fill-in keeps lines).
    const match = /^(block-(\d+)(?:\.test)?\.[jt]s)\((\d+),(\d+)\): (.*)$/.exec(line);
    if (match) {
      const [, file, fence, row, column, message] = match;
      const at = `README.md:${Number(fence) + Number(row)}:${column}: ${message}`;
      diagnostics.set(file, [...(diagnostics.get(file) ?? []), at]);
    } else if (line.trim() && tsc.code !== 0)
      diagnostics.set("(project)", [...(diagnostics.get("(project)") ?? []), line]);
  }
}, 180_000);

afterAll(async () => {
  await portal?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe("README.md code blocks", () => {
  it("has JavaScript or TypeScript blocks, and every block names its language", () => {
    expect(runnable.length).toBeGreaterThan(0);
    const unnamed = blocks.filter((block) => !block.lang).map(where);
    expect(unnamed, "give each block a language (```js, ```sh, ```text, …)").toEqual([]);
    const unknown = blocks
      .filter((block) => !(block.lang in RUNNABLE) && !NOT_RUN.has(block.lang))
      .map((b) => `${where(b)}: ${b.lang}`);
    expect(unknown, "a language this test neither runs nor knows to skip: add it to RUNNABLE or NOT_RUN").toEqual([]);
  });

  it("type-check as a project", () => {
    expect(diagnostics.get("(project)") ?? [], "tsc failed outside any block").toEqual([]);
  });

  for (const block of runnable) {
    describe(`${where(block)} ${block.lang}`, () => {
      it("type-checks under strict", () => {
        expect(diagnostics.get(fileName(block)) ?? [], `${where(block)}: TypeScript errors`).toEqual([]);
      });

      it(
        "runs against the emulator",
        async () => {
          portal.reset();
          const file = join(project, fileName(block));
          let result: Exit;
          if (isTestFile(block)) {
            result = await exec(
              process.execPath,
              [join(repoRoot, "node_modules/vitest/vitest.mjs"), "run", "--root", project, fileName(block)],
              project,
              env,
            );
          } else if (RUNNABLE[block.lang] === "ts") {
            const { code } = await transform(await readFile(file, "utf8"), {
              loader: "ts",
              format: "esm",
              target: "es2022",
            });
            const js = file.replace(/\.ts$/, ".run.mjs");
            await writeFile(js, code);
            result = await exec(process.execPath, [js], project, env);
          } else {
            result = await exec(process.execPath, [file], project, env);
          }
          expect(result.code, `${where(block)} exited ${result.code}:\n${result.stderr}\n${result.stdout}`).toBe(0);
          // A test-file block may mock the client (aws-sdk-client-mock): it need not reach the emulator.
          if (!isTestFile(block) && withEndpoint(block.code) !== block.code) {
            // The filled-in endpoint was used, and the emulator answered every request with success:
            // a wrong role name or account in an example is a 403 the block itself may only log.
            const answers = portal.requestLog.map((entry) => `${entry.operation} ${entry.status}`);
            expect(answers.length, `${where(block)} sent nothing to the emulator`).toBeGreaterThan(0);
            expect(
              answers.filter((answer) => !answer.endsWith(" 200")),
              `${where(block)}: answers other than 200`,
            ).toEqual([]);
          }
        },
        BLOCK_TIMEOUT_MS + 5_000,
      );
    });
  }
});
