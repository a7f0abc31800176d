// Two processes refresh the same expired token at the same moment: the file stays whole, one
// refresh reaches the service, and both end up with the newest token (rotating refresh tokens
// would make a second, concurrent refresh fail and lose the session).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { run, SigninHome } from "./helpers.js";

const CREDENTIALS = fileURLToPath(new URL("../../dist-cjs/credentials/index.js", import.meta.url));

// Waits for the go file, then reads (and refreshes) the token; prints the access token's hash only.
const CHILD = `
const { existsSync } = require("node:fs");
const { createHash } = require("node:crypto");
const { getSsoToken } = require(process.env.CREDENTIALS);
const [go, startUrl, endpoint] = process.argv.slice(1);
process.stdout.write("ready\\n");
const wait = () => (existsSync(go) ? Promise.resolve() : new Promise((r) => setTimeout(r, 2)).then(wait));
wait()
  .then(() => getSsoToken({ session: { ssoSession: "local", startUrl, region: "us-east-1" }, loginHint: "log in", oidcClientConfig: { endpoint } }))
  .then((token) => process.stdout.write(createHash("sha256").update(token.accessToken).digest("hex") + "\\n"))
  .catch((error) => { process.stderr.write(error.message + "\\n"); process.exitCode = 1; });
`;

const child = (home: SigninHome, go: string, portal: LocalPortal) => {
  const process_ = spawn(process.execPath, ["-e", CHILD, go, portal.startUrl, portal.endpoint], {
    env: { ...home.env, CREDENTIALS, PATH: process.env.PATH ?? "" },
  });
  let stdout = "";
  let stderr = "";
  const ready = new Promise<void>((resolve) =>
    process_.stdout.on("data", (chunk) => ((stdout += chunk), stdout.includes("ready") && resolve())),
  );
  process_.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    process_.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { ready, done };
};

let portal: LocalPortal;
beforeAll(async () => {
  portal = await createLocalPortal({ autoApprove: "alice", deviceCodeIntervalSeconds: 0 });
});
afterAll(() => portal.close());

describe("two processes refreshing one token", () => {
  it(
    "one refresh, one newest token for both, an intact 0600 file, no lock or temporary file left",
    { timeout: 30_000 },
    async () => {
      if (!existsSync(CREDENTIALS))
        throw new Error(`this test runs the built package: run "npm run build" first (${CREDENTIALS} is missing)`);
      const { createHash } = await import("node:crypto");
      for (let round = 0; round < 3; round++) {
        const home = new SigninHome(portal);
        try {
          expect((await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env)).code).toBe(
            0,
          );
          home.writeToken({ ...home.readToken(), expiresAt: "2020-01-01T00:00:00Z" });
          portal.clearRequestLog();
          const go = join(home.dir, "go");
          const children = [child(home, go, portal), child(home, go, portal)];
          await Promise.all(children.map((c) => c.ready));
          writeFileSync(go, "");
          const results = await Promise.all(children.map((c) => c.done));
          for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stderr: "" });
          const final = home.readToken();
          const finalHash = createHash("sha256").update(final.accessToken).digest("hex");
          expect(results.map((r) => r.stdout.split("\n")[1])).toEqual([finalHash, finalHash]);
          expect(portal.requestLog.filter((entry) => entry.operation === "CreateToken")).toHaveLength(1);
          expect(new Date(final.expiresAt).getTime()).toBeGreaterThan(Date.now());
          expect(statSync(home.tokenFile).mode & 0o777).toBe(0o600);
          expect(
            readdirSync(join(home.dir, ".aws/sso/cache")).filter(
              (name) => name.endsWith(".lock") || name.endsWith(".tmp"),
            ),
          ).toEqual([]);
        } finally {
          home.remove();
        }
      }
    },
  );
});
