import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { main } from "../../src/cli/main.js";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  signal?: AbortSignal;
}

/** Runs the CLI in this process with captured streams; a TTY is a stream object that says it is one. */
export async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    env: options.env ?? {},
    stdout: { write: (text: string) => (out += text), isTTY: options.stdoutTTY, columns: 100 },
    stderr: { write: (text: string) => (err += text), isTTY: options.stderrTTY, columns: 100 },
    signal: options.signal,
  });
  return { code, out, err };
}

/** A throwaway home directory with an AWS config file and an SSO token cache. */
export class AwsHome {
  readonly dir = mkdtempSync(join(tmpdir(), "client-sso-cli-"));
  readonly configFile = join(this.dir, ".aws", "config");
  readonly cacheDir = join(this.dir, ".aws", "sso", "cache");

  constructor() {
    mkdirSync(this.cacheDir, { recursive: true });
  }

  writeConfig(text: string): void {
    writeFileSync(this.configFile, text);
  }

  /** Caches a token the way `aws sso login` does: under the SHA-1 of the session name or start URL, mode 0600. */
  writeCache(key: string, content: unknown, mode = 0o600): string {
    const path = this.cachePath(key);
    rmSync(path, { force: true });
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content), { mode });
    chmodSync(path, mode);
    return path;
  }

  cachePath(key: string): string {
    return join(this.cacheDir, `${createHash("sha1").update(key).digest("hex")}.json`);
  }

  get env(): Record<string, string> {
    return { HOME: this.dir };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One line of error on stderr (the usage hint on the same line), no stack trace. */
export function expectOneLine(err: string): string[] {
  const lines = err.trimEnd().split("\n");
  if (lines.length > 1 || lines.some((line) => /^\s+at /.test(line))) throw new Error(`not one clear line:\n${err}`);
  return lines;
}
