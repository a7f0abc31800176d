import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { ACCOUNT, expectCleanFailure, ROLE, run, SigninHome } from "./helpers.js";

let portal: LocalPortal;
let home: SigninHome;

beforeAll(async () => {
  portal = await createLocalPortal({ autoApprove: "alice", deviceCodeIntervalSeconds: 0 });
});
afterAll(() => portal.close());
beforeEach(() => {
  home = new SigninHome(portal);
  portal.clearRequestLog();
});
afterEach(() => home.remove());

const operations = () => portal.requestLog.map((entry) => entry.operation).filter(Boolean);

/** `login` with the authorization-code flow: follows the printed URL as a browser would. */
async function browserLogin(args: string[]) {
  let visited: Promise<Response> | undefined;
  let redirectUri: string | null | undefined;
  const result = await run(["login", ...args, "--no-browser"], home.env, (text) => {
    const url = /https?:\/\/\S+\/authorize\?\S+/.exec(text)?.[0];
    if (url) {
      redirectUri = new URL(url).searchParams.get("redirect_uri");
      visited = fetch(url);
    }
  });
  const page = await visited;
  return { ...result, page, redirectUri };
}

describe("client-sso login → credentials → roles → logout against the emulator", () => {
  it("the full round with the authorization-code (PKCE) flow", async () => {
    const login = await browserLogin(["--profile", "dev"]);
    expect(login.err).toMatch(/Signed in to /);
    expect(login.code).toBe(0);
    expect(login.page?.status).toBe(200);
    const token = home.readToken();
    expect(Object.keys(token)).toEqual([
      "startUrl",
      "region",
      "accessToken",
      "expiresAt",
      "clientId",
      "clientSecret",
      "registrationExpiresAt",
      "refreshToken",
    ]);
    expect(token.startUrl).toBe(portal.startUrl);
    expect(token.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(statSync(home.tokenFile).mode & 0o777).toBe(0o600);
    // Nothing secret on the terminal.
    for (const secret of [token.accessToken, token.refreshToken, token.clientSecret])
      expect(login.err).not.toContain(secret);

    const credentials = await run(["credentials", "--profile", "dev"], home.env);
    expect(credentials.code).toBe(0);
    const output = JSON.parse(credentials.out);
    expect(Object.keys(output)).toEqual(["Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"]);
    expect(output.Version).toBe(1);
    expect(new Date(output.Expiration).toISOString()).toBe(output.Expiration);

    // Served from the local cache: no request at all the second time.
    portal.clearRequestLog();
    const again = await run(["credentials", "--profile", "dev"], home.env);
    expect(JSON.parse(again.out)).toEqual(output);
    expect(portal.requestLog).toHaveLength(0);

    const roles = await run(
      ["roles", "--profile", "dev", "--endpoint-url", portal.endpoint, "--output", "json"],
      home.env,
    );
    expect(roles.code).toBe(0);
    expect(JSON.parse(roles.out)).toContainEqual(expect.objectContaining({ accountId: ACCOUNT, roleName: ROLE }));

    const logout = await run(["logout", "--profile", "dev"], home.env);
    expect(logout.code).toBe(0);
    expect(operations()).toContain("Logout");
    expect(() => statSync(home.tokenFile)).toThrow();
    // The portal ended the session, and the cached role credentials went with the token.
    const after = await run(["credentials", "--profile", "dev"], home.env);
    expect(expectCleanFailure(after)).toContain('run "client-sso login --profile dev"');
    const refused = await run(
      ["roles", "--access-token", token.accessToken, "--endpoint-url", portal.endpoint],
      home.env,
    );
    expect(refused.code).toBe(1);
  });

  it("the device-code flow, and the cached client registration is reused by the next login", async () => {
    const first = await run(["login", "--sso-session", "local", "--use-device-code", "--no-browser"], home.env);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /To sign in, open: http\S+\/device\S*\nand check that it shows the code: [A-Z]{4}-[A-Z]{4}\n/,
    );
    expect(operations()).toEqual(["RegisterClient", "StartDeviceAuthorization", "CreateToken"]);
    const firstToken = home.readToken();

    portal.clearRequestLog();
    const second = await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    expect(second.code).toBe(0);
    expect(operations()).toEqual(["StartDeviceAuthorization", "CreateToken"]);
    expect(home.readToken().clientId).toBe(firstToken.clientId);
    expect(home.readToken().accessToken).not.toBe(firstToken.accessToken);

    // A second PKCE login reuses its registration too, with its loopback port. While the suite
    // runs, another process may take that port between two logins (any socket's local port comes
    // from the same range): then registering again is right, and the next login reuses that one.
    let previous = await browserLogin(["--profile", "dev"]);
    expect(previous.code).toBe(0);
    for (let attempt = 1; ; attempt++) {
      portal.clearRequestLog();
      const pkce = await browserLogin(["--profile", "dev"]);
      expect(pkce.code).toBe(0);
      expect(pkce.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      if (pkce.redirectUri === previous.redirectUri) {
        expect(operations()).not.toContain("RegisterClient");
        break;
      }
      expect(operations()).toContain("RegisterClient");
      expect(attempt, "the cached registration's port was taken three times in a row").toBeLessThan(3);
      previous = pkce;
    }
  });

  it("a PKCE login whose cached registration's port is taken listens elsewhere and registers again", async () => {
    const first = await browserLogin(["--profile", "dev"]);
    expect(first.code).toBe(0);
    const blocker = createServer();
    await new Promise<void>((resolve) =>
      blocker.listen(Number(new URL(first.redirectUri!).port), "127.0.0.1", resolve),
    );
    try {
      portal.clearRequestLog();
      const second = await browserLogin(["--profile", "dev"]);
      expect(second.code).toBe(0);
      expect(second.redirectUri).not.toBe(first.redirectUri);
      expect(operations().filter((operation) => operation === "RegisterClient")).toHaveLength(1);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("opens the browser where one can be (xdg-open with a display), and the browser's visit completes the login", async () => {
    if (process.platform !== "linux") throw new Error("this test drives xdg-open, the Linux browser opener");
    // A stand-in for xdg-open that visits the URL as a browser would.
    const bin = mkdtempSync(join(tmpdir(), "client-sso-browser-"));
    const opener = join(bin, "xdg-open");
    writeFileSync(
      opener,
      `#!/bin/sh\nexec "${process.execPath}" -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1))' "$1"\n`,
    );
    chmodSync(opener, 0o755);
    try {
      const result = await run(["login", "--profile", "dev"], {
        ...home.env,
        PATH: `${bin}:${process.env.PATH}`,
        DISPLAY: ":99",
      });
      expect(result.err).toContain("A browser was opened to sign in");
      expect(result.code).toBe(0);
      expect(home.readToken().accessToken).toEqual(expect.any(String));
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it("credentials cached for a session signed out elsewhere (token file removed) are not served", async () => {
    await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    expect((await run(["credentials", "--profile", "dev"], home.env)).code).toBe(0);
    rmSync(home.tokenFile);
    const after = await run(["credentials", "--profile", "dev"], home.env);
    expect(expectCleanFailure(after)).toContain('run "client-sso login --profile dev"');
  });

  it("a legacy profile (sso_start_url) and --start-url logins cache under the start URL", async () => {
    const login = await run(
      ["login", "--start-url", portal.startUrl, "--region", "us-east-1", "--use-device-code", "--no-browser"],
      home.env,
    );
    expect(login.code).toBe(0);
    const credentials = await run(["credentials", "--profile", "legacy"], home.env);
    expect(credentials.code).toBe(0);
    expect(JSON.parse(credentials.out).AccessKeyId).toEqual(expect.any(String));
  });

  it("refreshes an expired token with its refresh token, and writes the new one", async () => {
    await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    const old = home.readToken();
    home.writeToken({ ...old, expiresAt: "2020-01-01T00:00:00Z" });
    portal.clearRequestLog();
    const credentials = await run(["credentials", "--profile", "dev"], home.env);
    expect(credentials.code).toBe(0);
    expect(operations()).toEqual(["CreateToken", "GetRoleCredentials"]);
    const refreshed = home.readToken();
    expect(refreshed.accessToken).not.toBe(old.accessToken);
    expect(refreshed.refreshToken).not.toBe(old.refreshToken);
    expect(new Date(refreshed.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(statSync(home.tokenFile).mode & 0o777).toBe(0o600);
  });

  it("keeps a still-valid token when the refresh fails; an expired one that cannot be refreshed asks to log in", async () => {
    await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    const valid = home.readToken();
    // Due for refresh (within five minutes of expiry) but the refresh token is unknown to the portal.
    const soon = new Date(Date.now() + 60_000).toISOString().slice(0, 19) + "Z";
    home.writeToken({ ...valid, expiresAt: soon, refreshToken: "not-a-refresh-token" });
    const kept = await run(["credentials", "--profile", "dev"], home.env);
    expect(kept.code).toBe(0);
    expect(home.readToken().accessToken).toBe(valid.accessToken);

    home.writeToken({ ...valid, expiresAt: "2020-01-01T00:00:00Z", refreshToken: "not-a-refresh-token" });
    const secrets = [valid.accessToken, valid.clientSecret, "not-a-refresh-token"];
    const expired = await run(["credentials", "--profile", "legacy"], home.env); // no token at all for this one
    expect(expectCleanFailure(expired, secrets)).toContain("no cached SSO token for start URL");
    const failed = await run(["logout", "--all"], home.env).then(() =>
      run(["credentials", "--profile", "dev"], home.env),
    );
    expect(expectCleanFailure(failed, secrets)).toMatch(/no cached SSO token .*run "client-sso login --profile dev"/);
  });

  it("an expired token whose refresh fails: one line with the login hint, no token", async () => {
    await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
    const valid = home.readToken();
    home.writeToken({ ...valid, expiresAt: "2020-01-01T00:00:00Z", refreshToken: "not-a-refresh-token" });
    const failed = await run(["credentials", "--profile", "dev"], home.env);
    const line = expectCleanFailure(failed, [valid.accessToken, valid.clientSecret, "not-a-refresh-token"]);
    expect(line).toMatch(
      /^client-sso: the cached SSO token expired at .* and the refresh failed \(InvalidGrantException\); run "client-sso login --profile dev"$/,
    );
  });
});

describe("client-sso sign-in commands: usage and failures", () => {
  it("--help for each command", async () => {
    for (const command of ["login", "credentials", "logout"]) {
      const help = await run([command, "--help"], home.env);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(new RegExp(`^Usage: client-sso ${command}`));
    }
    const top = await run(["--help"], home.env);
    expect(top.out).toContain("client-sso login");
  });

  it("usage errors exit 2 without echoing the argument", async () => {
    const unknown = await run(["credentials", "--profile", "dev", "aoaSECRETTOKEN"], home.env);
    expect(unknown.code).toBe(2);
    expect(expectCleanFailure(unknown, ["aoaSECRETTOKEN"])).toContain("unexpected argument");
    // One line, in the format of every usage error of both bins.
    expect(unknown.err).toBe(
      'client-sso: unexpected argument: only flags are taken (run "client-sso credentials --help" for the options)\n',
    );
    // A flag of another command is unknown here; a value is never echoed, an empty one is refused.
    const otherCommands = await run(["credentials", "--all"], home.env);
    expect(otherCommands.err).toBe(
      'client-sso: unknown option --all (run "client-sso credentials --help" for the options)\n',
    );
    const empty = await run(["login", "--profile="], home.env);
    expect(empty.err).toBe('client-sso: --profile is empty (run "client-sso login --help" for the options)\n');
    const twice = await run(["logout", "--profile", "dev", "--profile", "aoaSECRETTOKEN"], home.env);
    expect(twice.code).toBe(2);
    expect(twice.err).toBe('client-sso: --profile given twice (run "client-sso logout --help" for the options)\n');
    const url = await run(["login", "--profile", "dev", "--endpoint-url", "aoaSECRETTOKEN"], home.env);
    expect(url.err).toBe(
      'client-sso: --endpoint-url must be an http or https URL, such as https://oidc.us-east-1.amazonaws.com (run "client-sso login --help" for the options)\n',
    );
    const both = await run(["logout", "--all", "--profile", "dev"], home.env);
    expect(both.code).toBe(2);
    const noProfile = await run(["credentials"], home.env);
    expect(noProfile.code).toBe(2);
    const halfLegacy = await run(["login", "--start-url", "https://x.example/start"], home.env);
    expect(expectCleanFailure(halfLegacy)).toContain("--start-url and --region go together");
  });

  it("not an SSO profile, an unknown profile, a profile without a role: one clear line", async () => {
    expect(expectCleanFailure(await run(["credentials", "--profile", "plain"], home.env))).toContain(
      "is not an SSO profile",
    );
    expect(expectCleanFailure(await run(["credentials", "--profile", "nope"], home.env))).toContain(
      'profile "nope" not found',
    );
    expect(expectCleanFailure(await run(["login", "--sso-session", "nope"], home.env))).toContain(
      'sso-session "nope" not found',
    );
  });

  it("a denied device sign-in stops with one line", async () => {
    const denying = await createLocalPortal({ deviceCodeIntervalSeconds: 0 });
    const denyHome = new SigninHome(denying);
    try {
      const result = await run(
        ["login", "--profile", "dev", "--use-device-code", "--no-browser"],
        denyHome.env,
        (text) => {
          const code = /code: ([A-Z]{4}-[A-Z]{4})/.exec(text)?.[1];
          if (code) denying.denyDevice(code);
        },
      );
      // The sign-in instructions, then the one failure line.
      expect(result.code).toBe(1);
      expect(result.err.trimEnd().split("\n").slice(2)).toEqual(["client-sso: the sign-in was denied"]);
    } finally {
      denyHome.remove();
      await denying.close();
    }
  });

  it("a device code that expires before approval stops with one line", async () => {
    const expiring = await createLocalPortal({ deviceCodeIntervalSeconds: 0, deviceCodeSeconds: 1 });
    const expiringHome = new SigninHome(expiring);
    try {
      const result = await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], expiringHome.env);
      expect(result.code).toBe(1);
      expect(result.err.trimEnd().split("\n").slice(2)).toEqual([
        "client-sso: the sign-in code expired before it was approved; run client-sso login again",
      ]);
    } finally {
      expiringHome.remove();
      await expiring.close();
    }
  });

  it("logout --all with nothing cached says so and succeeds", async () => {
    const result = await run(["logout", "--all"], home.env);
    expect(result.code).toBe(0);
    expect(result.err).toContain("No cached SSO token");
  });
});
