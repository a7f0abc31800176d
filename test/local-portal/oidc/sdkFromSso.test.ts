// The newest @aws-sdk/credential-providers fromSSO (a pinned devDependency, run in a child
// process with its own HOME) refreshes an expired sso-session token through the emulator and
// gets role credentials.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../../src/local-portal/index.js";
import { call } from "../helpers.js";
import { oidcErrorOf, post } from "./helpers.js";
import { awsEnv, runAsync, ssoHomeWithExpiredToken } from "./realClients.js";

const SCRIPT = join(__dirname, "fixtures/sdk-from-sso.mjs");
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const sdkVersion = (): string =>
  JSON.parse(readFileSync(join(__dirname, "../../../node_modules/@aws-sdk/credential-providers/package.json"), "utf8"))
    .version;

describe("@aws-sdk/credential-providers fromSSO against the emulator", () => {
  it("refreshes an expired sso-session token (rotating the refresh token) and gets role credentials", async () => {
    expect(sdkVersion()).toMatch(/^3\.\d+\.\d+$/);
    const portal: LocalPortal = await createLocalPortal({ credentialDurationSeconds: 1800 });
    cleanups.push(() => portal.close());
    const home = await ssoHomeWithExpiredToken(portal, {
      userId: "bob",
      accountId: "777788889999",
      roleName: "SecurityAudit",
    });
    cleanups.push(() => rmSync(home.dir, { recursive: true, force: true }));
    portal.clearRequestLog();

    const run = await runAsync(process.execPath, [SCRIPT, "local"], awsEnv(portal, home));
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ hasSecret: true, hasSessionToken: true });
    expect(result.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const expiresIn = new Date(result.expiration).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(1700_000);
    expect(expiresIn).toBeLessThanOrEqual(1800_000);

    const log = portal.requestLog;
    expect(log.map((entry) => `${entry.operation} ${entry.status}`)).toEqual([
      "CreateToken 200",
      "GetRoleCredentials 200",
    ]);
    const cache = home.readCache();
    expect(cache.accessToken).not.toBe(home.oldAccessToken);
    expect(log[1].accessToken).toBe(cache.accessToken);
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
