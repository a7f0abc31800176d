import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { main } from "../../src/cli/main.js";
import { tokenFilePath } from "../../src/credentials/tokenCache.js";
import type { LocalPortal } from "../../src/local-portal/index.js";

export const ACCOUNT = "111122223333";
export const ROLE = "ReadOnlyAccess";

/** A throwaway home with a config file naming the emulator's start URL, and the env that points every client at it. */
export class SigninHome {
  readonly dir = mkdtempSync(join(tmpdir(), "client-sso-signin-"));
  readonly configFile = join(this.dir, ".aws", "config");

  constructor(
    readonly portal: LocalPortal,
    extraConfig = "",
  ) {
    mkdirSync(join(this.dir, ".aws"), { recursive: true });
    writeFileSync(
      this.configFile,
      `[profile dev]
sso_session = local
sso_account_id = ${ACCOUNT}
sso_role_name = ${ROLE}
region = us-east-1

[profile legacy]
sso_start_url = ${portal.startUrl}
sso_region = us-east-1
sso_account_id = ${ACCOUNT}
sso_role_name = ${ROLE}

[profile plain]
region = us-east-1

[sso-session local]
sso_start_url = ${portal.startUrl}
sso_region = us-east-1
sso_registration_scopes = sso:account:access
${extraConfig}`,
    );
  }

  get env(): Record<string, string> {
    return {
      HOME: this.dir,
      AWS_CONFIG_FILE: this.configFile,
      AWS_ENDPOINT_URL_SSO_OIDC: this.portal.endpoint,
      AWS_ENDPOINT_URL_SSO: this.portal.endpoint,
    };
  }

  /** The token file of the `local` sso-session. */
  get tokenFile(): string {
    return tokenFilePath("local", this.env);
  }

  readToken(): Record<string, string> {
    return JSON.parse(readFileSync(this.tokenFile, "utf8"));
  }

  writeToken(token: Record<string, string>): void {
    writeFileSync(this.tokenFile, JSON.stringify(token));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process; `onStderr` sees each write as it happens (the login URL). */
export async function run(
  argv: string[],
  env: Record<string, string>,
  onStderr?: (text: string) => void,
): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    env,
    stdout: { write: (text: string) => (out += text) },
    stderr: {
      write: (text: string) => {
        err += text;
        onStderr?.(text);
      },
    },
  });
  return { code, out, err };
}

/** Exactly one line on stderr (plus the usage hint for usage errors), no stack trace, none of the secrets. */
export function expectCleanFailure(result: Run, secrets: string[] = []): string {
  const lines = result.err.trimEnd().split("\n");
  if (result.code === 0) throw new Error(`expected a failure, got exit 0: ${result.err}`);
  if (lines.length > 1 || lines.some((line) => /^\s+at /.test(line))) {
    throw new Error(`not one clear line:\n${result.err}`);
  }
  for (const secret of secrets) if (secret && result.err.includes(secret)) throw new Error("a secret reached stderr");
  return lines[0];
}
