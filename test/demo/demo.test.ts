import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm start` without the build step: the test command has built dist-* already. */
function runDemo(): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["demo/demo.mjs"], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe("the demo (npm start)", () => {
  let run: Run;
  beforeAll(async () => {
    // The demo imports the built package by name; `npm test` builds before running vitest.
    expect(existsSync(`${root}dist-es/index.js`), "run `npm run build` first").toBe(true);
    run = await runDemo();
  });

  it("exits 0", () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it("runs every operation in every call style", () => {
    for (const operation of ["ListAccounts", "ListAccountRoles", "GetRoleCredentials", "Logout"]) {
      for (const style of ["async/await", "promise chain", "callback", "v2 style (SSO)"]) {
        expect(run.stdout).toMatch(
          new RegExp(`^\\s+${operation}\\s+${style.replace(/[()/]/g, "\\$&")}\\s+200\\s`, "m"),
        );
      }
    }
  });

  it("pages through a few hundred accounts and their roles with both paginators", () => {
    expect(run.stdout).toContain("paginateListAccounts({ client, pageSize: 100 }): 300 accounts in 3 pages");
    expect(run.stdout).toContain("sso.paginateListAccountRoles(input, { pageSize: 2 }): 900 roles in 600 pages");
    expect(run.stdout).toContain("… and 290 more");
  });

  it("lists every account with its roles through paginateAccountsWithRoles", () => {
    expect(run.stdout).toContain("alice: 2 accounts, 3 roles in 3 requests (0 throttled)");
    for (const [accountId, accountName, roleName] of [
      ["111122223333", "Development", "AdministratorAccess"],
      ["111122223333", "Development", "ReadOnlyAccess"],
      ["444455556666", "Production", "ReadOnlyAccess"],
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${accountId}\\s+${accountName}\\s+${roleName}$`, "m"));
    }
  });

  it("shows the error paths with name, status and attempts", () => {
    expect(run.stdout).toMatch(/expired access token\s+UnauthorizedException: .*httpStatusCode=401\s+attempts=1/);
    expect(run.stdout).toMatch(/token after Logout\s+UnauthorizedException: .*httpStatusCode=401/);
    expect(run.stdout).toMatch(/throttled once \(429\), then retried\s+ok: .*httpStatusCode=200\s+attempts=2/);
    expect(run.stdout).toMatch(
      /throttled throughout, maxAttempts: 2\s+TooManyRequestsException: .*httpStatusCode=429\s+attempts=2/,
    );
  });

  it("signs in with the device flow, uses and refreshes the token, then gets credentials through fromSSO", () => {
    const url = /^To sign in, open (http:\/\/127\.0\.0\.1:\d+\/device)\?user_code=([A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(
      run.stdout,
    );
    expect(url, "the verification URL with the user code").not.toBeNull();
    const [, verificationUri, userCode] = url!;
    expect(run.stdout).toContain(`(or ${verificationUri} and enter the code ${userCode})`);
    expect(run.stdout).toMatch(/register the demo\s+RegisterClient\s+clientId=\S+\s+clientSecret=\S{4}…\(redacted\)$/m);
    expect(run.stdout).toMatch(
      new RegExp(
        `start the device authorization\\s+StartDeviceAuthorization\\s+user code ${userCode}, expires in 600 s`,
      ),
    );
    expect(run.stdout).toMatch(
      /poll before the user approved\s+CreateToken \(device_code\)\s+AuthorizationPendingException: .*httpStatusCode=400/,
    );
    expect(run.stdout).toMatch(/alice approves at the verification URL\s+\(the approval page\)\s+allowed$/m);
    const token = String.raw`Bearer token, expires in 3600 s\s+accessToken=\S{4}…\(redacted\)\s+refreshToken=\S{4}…\(redacted\)$`;
    expect(run.stdout).toMatch(
      new RegExp(String.raw`poll again 1 s later\s+CreateToken \(device_code\)\s+${token}`, "m"),
    );
    expect(run.stdout).toMatch(/use the token on the portal\s+ListAccounts\s+2 accounts: Development, Production$/m);
    expect(run.stdout).toMatch(new RegExp(String.raw`refresh it\s+CreateToken \(refresh_token\)\s+${token}`, "m"));
    expect(run.stdout).toMatch(
      /the used refresh token again\s+CreateToken \(refresh_token\)\s+InvalidGrantException: .*httpStatusCode=400/,
    );
    expect(run.stdout).toMatch(
      /the refreshed token on the portal\s+ListAccounts\s+2 accounts: Development, Production$/m,
    );

    expect(run.stdout).toContain('fromSSO({ profile: "demo" }) with HOME and AWS_CONFIG_FILE in a temporary directory');
    expect(run.stdout).toContain('token cache: ~/.aws/sso/cache/<SHA-1 of "demo">.json (mode 600)');
    const credentials = run.stdout.slice(run.stdout.indexOf("token cache: ~/.aws/sso/cache/"));
    expect(credentials).toMatch(/^\s+accountId\s+111122223333$/m);
    expect(credentials).toMatch(/^\s+accessKeyId\s+ASIA[A-Z0-9]{16}$/m);
    expect(credentials).toMatch(/^\s+secretAccessKey\s+\S{4}…\(redacted\)$/m);
    expect(credentials).toMatch(/^\s+sessionToken\s+\S{4}…\(redacted\)$/m);
    expect(credentials).toMatch(/^\s+requests\s+GetRoleCredentials×1 \(the second call answered from memory\)$/m);
    expect(run.stdout).toMatch(
      /sign-in: device flow, refresh, fromSSO\s+9 steps, then ReadOnlyAccess credentials in 111122223333/,
    );
  });

  it("prints no secret: credentials are redacted and access tokens never shown", () => {
    expect(run.stdout).toMatch(/secretAccessKey\s+\S{4}…\(redacted\)/);
    expect(run.stdout).toMatch(/sessionToken\s+\S{4}…\(redacted\)/);
    // Secret keys (40 characters) and session tokens (hundreds) are long base64 runs;
    // no word the demo prints is that long.
    expect(run.stdout).not.toMatch(/[A-Za-z0-9+/]{32,}/);
    // OIDC client secrets, device codes and tokens are base64url; table rules are the only long runs of "-".
    expect(run.stdout.match(/[A-Za-z0-9_-]{32,}/g)?.filter((word) => /[^-]/.test(word)) ?? []).toEqual([]);
    // The sign-in service's access and refresh tokens ("aoa…", "aor…") appear only redacted.
    expect(run.stdout).not.toMatch(/\bao[ar][A-Za-z0-9_-]{2,}/);
    // The fixture's access tokens and the ones the demo issues.
    expect(run.stdout).not.toMatch(/local-portal-token|local-portal-[0-9a-f]{8}-|demo-many-\d/);
  });
});
