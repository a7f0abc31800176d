// API docs: `npm run docs` runs TypeDoc over src/ with typedoc.json, which fails on any public
// declaration without a doc comment (validation.notDocumented, treated as an error).
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { bin, repoRoot, run } from "./helpers.js";

describe("TypeDoc", () => {
  let out: string | undefined;

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it("documents every public declaration of both entry points", async () => {
    out = await mkdtemp(join(tmpdir(), "client-sso-docs-"));
    // Exits non-zero on a validation warning (undocumented export, broken link, missing export).
    const { stdout, stderr } = await run(bin("typedoc"), ["--out", out], { cwd: repoRoot });
    const warnings = `${stdout}\n${stderr}`
      // eslint-disable-next-line no-control-regex -- TypeDoc colours its lines with ESC sequences
      .replace(/\x1b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((line) => /\[(warning|error)\]/.test(line))
      // The config types are intersections naming some options twice (region, endpoint, …):
      // TypeDoc says which comment it shows; harmless.
      .filter((line) => !/has multiple declarations with a comment|Found 0 errors and \d+ warnings/.test(line));
    expect(warnings).toEqual([]);

    for (const page of [
      "index.html",
      "classes/client-sso.SSOClient.html",
      "classes/client-sso.SSO.html",
      "classes/client-sso.GetRoleCredentialsCommand.html",
      "classes/client-sso.ListAccountRolesCommand.html",
      "classes/client-sso.ListAccountsCommand.html",
      "classes/client-sso.LogoutCommand.html",
      "classes/client-sso.UnauthorizedException.html",
      "interfaces/client-sso.SSOClientConfig.html",
      "interfaces/client-sso.RoleCredentials.html",
      "functions/client-sso_local-portal.createLocalPortal.html",
    ]) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    const command = await readFile(join(out, "classes/client-sso.GetRoleCredentialsCommand.html"), "utf8");
    expect(command).toContain("UnauthorizedException");
  }, 120_000);
});
