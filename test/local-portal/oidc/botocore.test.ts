// botocore (boto3's core, on this machine's python3) refreshes an expired sso-session token
// through the emulator's CreateToken and gets role credentials from its GetRoleCredentials.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../../src/local-portal/index.js";
import { call } from "../helpers.js";
import { oidcErrorOf, post } from "./helpers.js";
import { awsEnv, runAsync, ssoHomeWithExpiredToken } from "./realClients.js";

const SCRIPT = join(__dirname, "fixtures/botocore_sso.py");
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function python(): Promise<string> {
  const probe = await runAsync("python3", ["-c", "import boto3, botocore; print(botocore.__version__)"], process.env);
  if (probe.code !== 0) {
    throw new Error(
      `this test needs python3 with boto3 and botocore (pip install boto3); the probe failed:\n${probe.stderr || probe.stdout}`,
    );
  }
  return probe.stdout.trim();
}

describe("botocore against the emulator", () => {
  it("refreshes an expired sso-session token (rotating the refresh token) and gets role credentials", async () => {
    const version = await python();
    const portal: LocalPortal = await createLocalPortal();
    cleanups.push(() => portal.close());
    const home = await ssoHomeWithExpiredToken(portal, {
      userId: "alice",
      accountId: "111122223333",
      roleName: "ReadOnlyAccess",
    });
    cleanups.push(() => rmSync(home.dir, { recursive: true, force: true }));
    portal.clearRequestLog();

    const run = await runAsync("python3", [SCRIPT, "local"], awsEnv(portal, home));
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ botocore: version, hasSecret: true, hasSessionToken: true });
    expect(result.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);

    // What botocore sent: a refresh, then GetRoleCredentials with the refreshed token.
    const log = portal.requestLog;
    expect(log.map((entry) => `${entry.operation} ${entry.status}`)).toEqual([
      "CreateToken 200",
      "GetRoleCredentials 200",
    ]);
    const cache = home.readCache();
    expect(cache.accessToken).not.toBe(home.oldAccessToken);
    expect(log[1].accessToken).toBe(cache.accessToken);
    expect(log[1].query).toEqual({ account_id: "111122223333", role_name: "ReadOnlyAccess" });
    expect(new Date(cache.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3000_000);
    // Rotation: botocore saved the new refresh token; the old one is spent.
    expect(cache.refreshToken).not.toBe(home.refreshToken);
    const reuse = await post(portal, "/token", {
      clientId: cache.clientId,
      clientSecret: cache.clientSecret,
      grantType: "refresh_token",
      refreshToken: home.refreshToken,
    });
    expect(oidcErrorOf(reuse).code).toBe("InvalidGrantException");
    expect((await call(portal.endpoint, "/assignment/accounts", { token: cache.accessToken })).status).toBe(200);
  });
});
