// `npm run docs:check`: TypeDoc over the four entry points (typedoc.json), into a temporary folder.
// Fails on any validation warning (an undocumented export, a broken link, a type that is used but
// not exported) and when a page users look for is missing. It runs once in `npm test` and
// `.ci/run`, beside the type check: the API reference does not depend on the Node.js line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "client-sso-docs-"));

// The pages of the classes and functions the README points users to.
const PAGES = [
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
];

try {
  const typedoc = spawnSync(join(root, "node_modules/.bin/typedoc"), ["--out", out], { cwd: root, encoding: "utf8" });
  const problems = `${typedoc.stdout}\n${typedoc.stderr}`
    // eslint-disable-next-line no-control-regex -- TypeDoc colours its lines with ESC sequences
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => /\[(warning|error)\]/.test(line))
    // The config types are intersections naming some options twice (region, endpoint, …): TypeDoc
    // says which comment it shows; harmless.
    .filter((line) => !/has multiple declarations with a comment|Found 0 errors and \d+ warnings/.test(line));
  if (typedoc.status !== 0 && problems.length === 0) problems.push(`typedoc exited with status ${typedoc.status}`);
  for (const page of PAGES) if (!existsSync(join(out, page))) problems.push(`missing page ${page}`);
  const command = join(out, "classes/client-sso.GetRoleCredentialsCommand.html");
  if (existsSync(command) && !readFileSync(command, "utf8").includes("UnauthorizedException")) {
    problems.push("GetRoleCredentialsCommand's page does not name the errors it throws (UnauthorizedException)");
  }
  if (problems.length > 0) {
    console.error(`docs:check: ${problems.length} problem(s) in the API reference:\n${problems.join("\n")}`);
    process.exitCode = 1;
  } else {
    console.log(`docs:check: the API reference documents every public declaration (${PAGES.length} key pages present)`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
