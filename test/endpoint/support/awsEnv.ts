import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";

const AWS_VARIABLES = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_PROFILE",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_SSO",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
] as const;

export interface AwsEnv {
  /** A fresh temporary directory, also used as HOME. */
  readonly dir: string;
  /** Writes a shared config file at a new path and points AWS_CONFIG_FILE at it. */
  config(text: string): string;
  /** Writes a shared credentials file at a new path and points AWS_SHARED_CREDENTIALS_FILE at it. */
  credentials(text: string): string;
  set(variables: Record<string, string | undefined>): void;
}

/**
 * Gives each test a clean AWS environment: no AWS_* variables, HOME and both shared files in a
 * temporary directory (never the real ~/.aws), all restored afterwards.
 */
export const useIsolatedAwsEnv = (): AwsEnv => {
  let saved: NodeJS.ProcessEnv = {};
  let dir = "";
  let files = 0;
  const writeAt = (variable: string, text: string) => {
    // A new path per file: nothing can answer from an earlier read of the same path.
    const path = join(dir, `${variable.toLowerCase()}-${++files}`);
    writeFileSync(path, text);
    process.env[variable] = path;
    return path;
  };
  beforeEach(() => {
    saved = { ...process.env };
    dir = mkdtempSync(join(tmpdir(), "client-sso-endpoint-"));
    for (const name of AWS_VARIABLES) delete process.env[name];
    process.env.HOME = dir;
    process.env.AWS_CONFIG_FILE = join(dir, "no-config");
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, "no-credentials");
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    config: (text) => writeAt("AWS_CONFIG_FILE", text),
    credentials: (text) => writeAt("AWS_SHARED_CREDENTIALS_FILE", text),
    set: (variables) => {
      for (const [name, value] of Object.entries(variables)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
};
