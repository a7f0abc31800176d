// Shared plumbing for the ecosystem tests: paths, child processes, and the built output check.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (the package being tested). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** This folder's fixtures. */
export const fixturesDir = join(repoRoot, "test/ecosystem/fixtures");

/** A binary installed in the repository's node_modules/.bin. */
export const bin = (name: string) => join(repoRoot, "node_modules/.bin", name);

/** These tests look at the build output; `npm test` builds before running vitest. */
export function assertBuilt(): void {
  for (const entry of ["dist-cjs/index.js", "dist-es/index.js", "dist-es/index.d.ts", "dist-types/index.d.ts"]) {
    if (!existsSync(join(repoRoot, entry))) {
      throw new Error(`${entry} is missing: run \`npm run build\` before the ecosystem tests`);
    }
  }
}

/**
 * The environment for a nested npm or node: npm's own lifecycle variables (the package, the
 * script, the local prefix of the repository) are dropped so a child npm works on its own folder.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(key) || key === "INIT_CWD") continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking the event loop (an emulator in this process keeps answering),
 * and fails with its output when it exits non-zero.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd ?? repoRoot, env: options.env ?? childEnv(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${command} ${args.join(" ")} failed (${error.code}):\n${stdout}\n${stderr}`));
        } else {
          resolvePromise({ stdout, stderr });
        }
      },
    );
  });
}

/** Like `run`, but resolves with the exit code instead of failing on a non-zero one. */
export function runStatus(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult & { code: number }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd ?? repoRoot, env: options.env ?? childEnv(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(new Error(`${command} did not run: ${error.message}`));
        else resolvePromise({ stdout, stderr, code: error ? Number(error.code) : 0 });
      },
    );
  });
}

/** `fn` run once, on the first call; every call gets the same promise. */
export function memoize<T>(fn: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= fn());
}

/** Runs a node script that prints one JSON document and returns it parsed. */
export async function runNodeJson<T = any>(
  script: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Promise<T> {
  const { stdout } = await run(process.execPath, [script, ...(options.args ?? [])], options);
  return JSON.parse(stdout) as T;
}
