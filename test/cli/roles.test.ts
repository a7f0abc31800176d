import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, generateFixture, type LocalPortal } from "../../src/local-portal/index.js";
import { main } from "../../src/cli/main.js";
import { SSOClient } from "../../src/index.js";
import { AwsHome, expectOneLine, run } from "./helpers.js";

const TOKEN = "generated-token-1";
const ACCOUNTS = 25;
const ROLES = ["AdministratorAccess", "ReadOnlyAccess"];
const FUTURE = "2999-01-01T00:00:00Z";

let portal: LocalPortal;
let endpoint: string;
let home: AwsHome;

beforeAll(async () => {
  portal = await createLocalPortal({ fixtures: generateFixture({ accounts: ACCOUNTS, rolesPerAccount: 2 }) });
  endpoint = portal.endpoint;
  home = new AwsHome();
});
afterAll(async () => {
  await portal.close();
  home.remove();
});

const accountId = (i: number) => String(100_000_000_000 + i + 1);
const expectedRows = () =>
  Array.from({ length: ACCOUNTS }, (_, i) =>
    ROLES.map((roleName) => ({
      accountId: accountId(i),
      accountName: `Account ${String(i + 1).padStart(4, "0")}`,
      emailAddress: `account-${String(i + 1).padStart(4, "0")}@example.com`,
      roleName,
    })),
  ).flat();

describe("client-sso roles: output", () => {
  it("prints a table of every account and role, in listing order", async () => {
    const { code, out, err } = await run([
      "roles",
      "--access-token",
      TOKEN,
      "--endpoint-url",
      endpoint,
      "--rate",
      "1000",
    ]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe("ACCOUNT ID    ACCOUNT NAME  ROLE");
    expect(lines[1]).toBe("100000000001  Account 0001  AdministratorAccess");
    expect(lines.slice(1)).toEqual(expectedRows().map((r) => `${r.accountId}  ${r.accountName}  ${r.roleName}`));
  });

  it("prints JSON with --output json", async () => {
    const { code, out } = await run([
      "roles",
      "--access-token",
      TOKEN,
      "--endpoint-url",
      endpoint,
      "--rate",
      "1000",
      "--output",
      "json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expectedRows());
  });

  it("prints CSV with --output csv, quoting what needs it", async () => {
    const tricky = await createLocalPortal({
      fixtures: {
        accounts: [{ accountId: "111122223333", accountName: 'Dev, "blue"', emailAddress: "dev@example.com" }],
        users: [
          { userId: "u", accessTokens: ["t"], assignments: [{ accountId: "111122223333", roleNames: ["A", "B"] }] },
        ],
      },
    });
    try {
      const { code, out } = await run([
        "roles",
        "--access-token",
        "t",
        "--endpoint-url",
        tricky.endpoint,
        "--output",
        "csv",
      ]);
      expect(code).toBe(0);
      expect(out).toBe(
        'accountId,accountName,emailAddress,roleName\n111122223333,"Dev, ""blue""",dev@example.com,A\n111122223333,"Dev, ""blue""",dev@example.com,B\n',
      );
      const json = await run(["roles", "--access-token", "t", "--endpoint-url", tricky.endpoint, "--output", "json"]);
      expect(JSON.parse(json.out)[0].accountName).toBe('Dev, "blue"');
    } finally {
      await tricky.close();
    }
  });

  it("prints an empty JSON array and a bare table heading for a user without accounts", async () => {
    const empty = await createLocalPortal({
      fixtures: { accounts: [], users: [{ userId: "u", accessTokens: ["t"], assignments: [] }] },
    });
    try {
      const json = await run(["roles", "--access-token", "t", "--endpoint-url", empty.endpoint, "--output", "json"]);
      expect(json.out).toBe("[]\n");
      const table = await run(["roles", "--access-token", "t", "--endpoint-url", empty.endpoint]);
      expect(table.out).toBe("ACCOUNT ID  ACCOUNT NAME  ROLE\n");
    } finally {
      await empty.close();
    }
  });

  it("lists a 1,000-account portal with a progress bar on a terminal, then a summary", async () => {
    const big = await createLocalPortal({ fixtures: generateFixture({ accounts: 1000, rolesPerAccount: 3 }) });
    try {
      const { code, out, err } = await run(
        [
          "roles",
          "--access-token",
          TOKEN,
          "--endpoint-url",
          big.endpoint,
          "--rate",
          "2000",
          "--concurrency",
          "16",
          "--output",
          "csv",
        ],
        { stderrTTY: true },
      );
      expect(code).toBe(0);
      expect(out.trimEnd().split("\n")).toHaveLength(1 + 3000);
      const frames = err.split("\r").filter((frame) => frame.startsWith("["));
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.at(-1)).toMatch(
        // eslint-disable-next-line no-control-regex -- ESC ends the frame's erase-line sequence, which is what is checked
        /^\[█+\] 1000\/1000 accounts {2}3000 roles {2}\d+\.\d req\/s {2}0 throttled\x1b\[K$/,
      );
      // eslint-disable-next-line no-control-regex -- ESC starts the erase-line sequence before the summary
      expect(err).toMatch(/\x1b\[K1000 accounts, 3000 roles in \d+\.\d s \(1010 requests, 0 throttled\)\n$/);
    } finally {
      await big.close();
    }
  });

  it("takes the bar off the line before each row when stdout is the same terminal", async () => {
    let screen = "";
    const terminal = { write: (text: string) => (screen += text), isTTY: true, columns: 100 };
    const code = await main(
      ["roles", "--access-token", TOKEN, "--endpoint-url", endpoint, "--rate", "1000", "--output", "csv"],
      {
        env: {},
        stdout: terminal,
        stderr: terminal,
      },
    );
    expect(code).toBe(0);
    // Every row starts on a cleared line.
    expect(screen).toContain("\r\x1b[K100000000001,Account 0001,");
  });

  it("draws no bar with --no-progress (the summary stays), nor when stderr is not a terminal", async () => {
    const off = await run(
      ["roles", "--access-token", TOKEN, "--endpoint-url", endpoint, "--rate", "1000", "--no-progress"],
      { stderrTTY: true },
    );
    expect(off.code).toBe(0);
    expect(off.err).toMatch(/^25 accounts, 50 roles in \d+\.\d s \(26 requests, 0 throttled\)\n$/);
    const piped = await run(["roles", "--access-token", TOKEN, "--endpoint-url", endpoint, "--rate", "1000"], {
      stderrTTY: false,
    });
    expect(piped.err).toBe("");
  });
});

describe("client-sso roles: flags", () => {
  it("--rate paces the requests", async () => {
    const started = performance.now();
    const { code } = await run(["roles", "--access-token", TOKEN, "--endpoint-url", endpoint, "--rate", "50"]);
    expect(code).toBe(0);
    // 26 requests evenly spaced at 50 per second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(25 * 20 - 5);
  });

  it("--concurrency bounds the requests in flight", async () => {
    const slow = await createLocalPortal({
      fixtures: generateFixture({ accounts: 12, rolesPerAccount: 1 }),
      latency: 30,
    });
    try {
      const { code } = await run([
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        slow.endpoint,
        "--rate",
        "1000",
        "--concurrency",
        "2",
      ]);
      expect(code).toBe(0);
      // Overlap as the portal saw it (arrival times are whole milliseconds, hence the 2 ms slack).
      const spans = slow.requestLog.map((entry) => ({ start: entry.time, end: entry.time + entry.durationMs }));
      const overlap = Math.max(
        ...spans.map((a) => spans.filter((b) => b.start <= a.start && b.end - 2 > a.start).length),
      );
      expect(overlap).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it("--region is accepted, and needed without --endpoint-url when nothing else names one", async () => {
    const withRegion = await run([
      "roles",
      "--access-token",
      TOKEN,
      "--endpoint-url",
      endpoint,
      "--region",
      "eu-west-1",
      "--rate",
      "1000",
    ]);
    expect(withRegion.code).toBe(0);
    const none = await run(["roles", "--access-token", TOKEN]);
    expect(none.code).toBe(1);
    expect(expectOneLine(none.err)).toEqual([
      "client-sso: no region: pass --region with the region of your IAM Identity Center instance, or set AWS_REGION",
    ]);
  });

  it("reads the token from AWS_SSO_ACCESS_TOKEN", async () => {
    const { code, out } = await run(["roles", "--endpoint-url", endpoint, "--rate", "1000", "--output", "json"], {
      env: { AWS_SSO_ACCESS_TOKEN: TOKEN },
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(50);
  });

  it("reads the cached token of an sso-session profile, by --profile or AWS_PROFILE", async () => {
    home.writeConfig(
      [
        "[profile dev]",
        "sso_session = corp",
        "sso_account_id = 100000000001",
        "sso_role_name = ReadOnlyAccess",
        "",
        "[sso-session corp]",
        "sso_start_url = https://corp.awsapps.com/start#/",
        "sso_region = eu-west-1",
        "",
      ].join("\n"),
    );
    home.writeCache("corp", {
      startUrl: "https://corp.awsapps.com/start#/",
      region: "eu-west-1",
      accessToken: TOKEN,
      expiresAt: FUTURE,
    });
    const byFlag = await run(
      ["roles", "--profile", "dev", "--endpoint-url", endpoint, "--rate", "1000", "--output", "json"],
      { env: home.env },
    );
    expect(byFlag.code).toBe(0);
    expect(JSON.parse(byFlag.out)).toHaveLength(50);
    const byEnv = await run(["roles", "--endpoint-url", endpoint, "--rate", "1000", "--output", "json"], {
      env: { ...home.env, AWS_PROFILE: "dev" },
    });
    expect(JSON.parse(byEnv.out)).toHaveLength(50);
    expect(portal.requestLog.at(-1)?.accessToken).toBe(TOKEN);
  });

  it.each([
    ['[profile "dev-q"]', "dev-q", true],
    ["[profile 'dev-q']", "dev-q", true],
    ["[profile dev.q@x+y]", "dev.q@x+y", true],
    ["[profile  dev-q]", "dev-q", false],
    ['[profile "my dev"]', "my dev", false],
    ["[dev-q]", "dev-q", false],
  ] as const)("finds the profile of %s exactly when the client reads it", async (header, name, found) => {
    const config = `${header}\nsso_session = corp\nregion = eu-central-2\n\n[sso-session "corp"]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n`;
    home.writeConfig(config);
    home.writeCache("corp", { accessToken: TOKEN, expiresAt: FUTURE, region: "eu-west-1" });
    const cli = await run(
      ["roles", "--profile", name, "--endpoint-url", endpoint, "--rate", "1000", "--output", "json"],
      { env: home.env },
    );
    // The client reads the same file for the same profile name.
    const saved = { file: process.env.AWS_CONFIG_FILE, credentials: process.env.AWS_SHARED_CREDENTIALS_FILE };
    process.env.AWS_CONFIG_FILE = home.configFile;
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(home.dir, "no-credentials");
    const client = new SSOClient({ profile: name });
    const region = await client.config.region().catch(() => undefined);
    client.destroy();
    for (const [variable, value] of [
      ["AWS_CONFIG_FILE", saved.file],
      ["AWS_SHARED_CREDENTIALS_FILE", saved.credentials],
    ] as const) {
      if (value === undefined) delete process.env[variable];
      else process.env[variable] = value;
    }
    expect(region).toBe(found ? "eu-central-2" : undefined);
    expect(cli.code).toBe(found ? 0 : 1);
    if (!found) expect(cli.err).toContain(`profile "${name}" not found`);
  });

  it("reads the cached token of a legacy profile (sso_start_url), from AWS_CONFIG_FILE, with a UTC-suffixed expiry", async () => {
    const configFile = join(home.dir, "other-config");
    writeFileSync(configFile, "[default]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = us-east-2\n");
    home.writeCache("https://legacy.awsapps.com/start", {
      accessToken: TOKEN,
      expiresAt: "2999-01-01T00:00:00UTC",
      region: "us-east-2",
    });
    const { code, out } = await run(
      ["roles", "--profile", "default", "--endpoint-url", endpoint, "--rate", "1000", "--output", "csv"],
      {
        env: { ...home.env, AWS_CONFIG_FILE: configFile },
      },
    );
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n")).toHaveLength(51);
  });

  it("prefers --access-token over --profile, and --profile over AWS_SSO_ACCESS_TOKEN", async () => {
    const flag = await run(
      ["roles", "--access-token", TOKEN, "--profile", "nonexistent", "--endpoint-url", endpoint, "--rate", "1000"],
      {
        env: home.env,
      },
    );
    expect(flag.code).toBe(0);
    const profile = await run(["roles", "--profile", "nonexistent", "--endpoint-url", endpoint], {
      env: { ...home.env, AWS_SSO_ACCESS_TOKEN: TOKEN },
    });
    expect(profile.code).toBe(1);
    expect(profile.err).toContain('profile "nonexistent" not found');
  });

  it("--help, -h and help print the usage", async () => {
    for (const argv of [["--help"], ["help"], ["roles", "--help"], ["roles", "-h"]]) {
      const { code, out } = await run(argv);
      expect(code).toBe(0);
      expect(out).toContain("Usage: client-sso roles [options]");
      for (const flag of [
        "--access-token",
        "--profile",
        "--region",
        "--endpoint-url",
        "--concurrency",
        "--rate",
        "--output",
        "--no-progress",
      ]) {
        expect(out).toContain(flag);
      }
    }
  });

  it("exits 130 with one line when interrupted", async () => {
    const controller = new AbortController();
    const slow = await createLocalPortal({
      fixtures: generateFixture({ accounts: 50, rolesPerAccount: 1 }),
      onRequest: () => {
        if (slow.stats.requests === 3) controller.abort();
      },
    });
    try {
      const { code, out, err } = await run(
        ["roles", "--access-token", TOKEN, "--endpoint-url", slow.endpoint, "--output", "csv"],
        {
          signal: controller.signal,
          stderrTTY: true,
        },
      );
      expect(code).toBe(130);
      expect(out.startsWith("accountId,accountName,emailAddress,roleName\n")).toBe(true);
      expect(out.trimEnd().split("\n").length).toBeLessThan(1 + 50);
      expect(err.endsWith("\r\x1b[Kclient-sso: interrupted\n")).toBe(true);
    } finally {
      await slow.close();
    }
  });
});

describe("client-sso roles: bad input ends with one line and a non-zero exit", () => {
  const badInput = async (argv: string[], env: Record<string, string> = {}) => {
    const result = await run(argv, { env });
    expect(result.code).not.toBe(0);
    expect(result.out).toBe("");
    const lines = expectOneLine(result.err);
    expect(result.err).not.toContain(TOKEN);
    return { ...result, line: lines[0] };
  };

  it("no token", async () => {
    const { code, line } = await badInput(["roles", "--endpoint-url", "http://127.0.0.1:9"]);
    expect(code).toBe(1);
    expect(line).toBe(
      'client-sso: no access token: pass --access-token, set AWS_SSO_ACCESS_TOKEN, or name an SSO profile with --profile (after "aws sso login")',
    );
  });

  it("an expired cached token", async () => {
    home.writeConfig(
      "[profile old]\nsso_session = stale\n\n[sso-session stale]\nsso_start_url = https://s.awsapps.com/start\nsso_region = us-east-1\n",
    );
    home.writeCache("stale", { accessToken: TOKEN, expiresAt: "2020-01-01T00:00:00Z" });
    const requestsBefore = portal.stats.requests;
    const { code, line } = await badInput(["roles", "--profile", "old", "--endpoint-url", endpoint], home.env);
    expect(code).toBe(1);
    expect(line).toBe(
      'client-sso: the SSO token of profile "old" expired at 2020-01-01T00:00:00.000Z; run "aws sso login --profile old"',
    );
    // Refused before anything was sent.
    expect(portal.stats.requests).toBe(requestsBefore);
  });

  it("an unknown profile, a missing config file, a profile without SSO, a missing sso-session", async () => {
    home.writeConfig("[profile plain]\nregion = us-east-1\n\n[profile orphan]\nsso_session = gone\n");
    const unknown = await badInput(["roles", "--profile", "nope"], home.env);
    expect(unknown.line).toBe(`client-sso: profile "nope" not found in ${home.configFile}`);
    const noFile = await badInput(["roles", "--profile", "dev"], { HOME: join(home.dir, "nowhere") });
    expect(noFile.line).toMatch(
      /^client-sso: profile "dev" not found: cannot read the AWS config file .*nowhere.*config$/,
    );
    const plain = await badInput(["roles", "--profile", "plain"], home.env);
    expect(plain.line).toBe(
      `client-sso: profile "plain" in ${home.configFile} is not an SSO profile: it has no sso_session or sso_start_url`,
    );
    const orphan = await badInput(["roles", "--profile", "orphan"], home.env);
    expect(orphan.line).toBe(`client-sso: sso-session "gone" (of profile "orphan") not found in ${home.configFile}`);
  });

  it("no cache file, and malformed cache files", async () => {
    home.writeConfig("[profile p]\nsso_session = s\n\n[sso-session s]\nsso_start_url = https://s.awsapps.com/start\n");
    const missing = await badInput(["roles", "--profile", "p"], { ...home.env, AWS_REGION: "us-east-1" });
    expect(missing.line).toMatch(
      /^client-sso: no cached SSO token for profile "p" \(no .*\.json\); run "aws sso login --profile p"$/,
    );
    const cases: Array<[unknown, string]> = [
      [`{"accessToken": "${TOKEN}", "expiresAt": `, "not JSON"],
      [`["${TOKEN}"]`, "no accessToken"],
      ["null", "not a JSON object"],
      [{ expiresAt: FUTURE }, "no accessToken"],
      [{ accessToken: TOKEN }, "expiresAt is not a date"],
      [{ accessToken: TOKEN, expiresAt: "soon" }, "expiresAt is not a date"],
    ];
    for (const [content, what] of cases) {
      const path = home.writeCache("s", content);
      const { code, line } = await badInput(["roles", "--profile", "p"], home.env);
      expect(code).toBe(1);
      expect(line).toBe(
        `client-sso: the SSO token cache file ${path} is malformed (${what}); run "aws sso login --profile p"`,
      );
    }
  });

  it("usage errors exit 2 without echoing values that may be tokens", async () => {
    const cases: Array<[string[], string]> = [
      [[], "client-sso: no command given"],
      [[TOKEN], 'client-sso: unknown command: the commands are "roles", "login", "credentials" and "logout"'],
      [["roles", TOKEN], "client-sso: unexpected argument: only flags are taken"],
      [["roles", `--acess-token=${TOKEN}`], "client-sso: unknown option --acess-token"],
      [["roles", "--access-token"], "client-sso: --access-token needs a value"],
      [["roles", "--access-token", ""], "client-sso: --access-token is empty"],
      [["roles", "--output", "xml"], "client-sso: --output must be one of table, json, csv"],
      [["roles", "--concurrency", "0"], "client-sso: --concurrency must be a whole number from 1 to 1,000"],
      [["roles", "--concurrency", "2.5"], "client-sso: --concurrency must be a whole number from 1 to 1,000"],
      [["roles", "--rate=-1"], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [["roles", "--rate", "0"], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [["roles", "--rate", "fast"], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [
        ["roles", "--endpoint-url", "localhost:1234"],
        "client-sso: --endpoint-url must be an http or https URL, such as https://portal.sso.us-east-1.amazonaws.com",
      ],
      [
        ["roles", "--endpoint-url", "not a url"],
        "client-sso: --endpoint-url must be an http or https URL, such as https://portal.sso.us-east-1.amazonaws.com",
      ],
      [["roles", "--profile", " "], "client-sso: --profile is empty"],
      [["roles", "--region", ""], "client-sso: --region is empty"],
      [["roles", "--no-progress=yes"], "client-sso: --no-progress takes no value"],
      [["roles", "--profile", "a", "--profile", "b"], "client-sso: --profile given twice"],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await badInput(argv);
      expect(code).toBe(2);
      // Before a command is known, the hint is the top-level help.
      const help = argv[0] === "roles" ? "client-sso roles" : "client-sso";
      expect(err).toBe(`${message} (run "${help} --help" for the options)\n`);
    }
  });

  it("a token the portal refuses", async () => {
    const { code, line } = await badInput(["roles", "--access-token", "wrong-token", "--endpoint-url", endpoint]);
    expect(code).toBe(1);
    expect(line).toBe(
      'client-sso: the portal refused the access token (UnauthorizedException: Session token not found or invalid); sign in again, e.g. "aws sso login"',
    );
  });

  it("an endpoint nobody answers", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const { code, line } = await badInput([
      "roles",
      "--access-token",
      TOKEN,
      "--endpoint-url",
      `http://127.0.0.1:${port}`,
    ]);
    expect(code).toBe(1);
    expect(line).toMatch(/^client-sso: cannot reach the portal: .*ECONNREFUSED/);
  });
});

describe("the built bin", () => {
  const bin = join(__dirname, "..", "..", "dist-cjs", "cli", "bin.js");

  /** Runs the bin as its own process; asynchronously, since the portal answers from this one. */
  const spawnBin = (argv: string[], env: Record<string, string | undefined>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...argv], { env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
      child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });

  it("lists roles as a real process, and fails on bad input with one line", async () => {
    expect(existsSync(bin), `${bin} is missing: run "npm run build" first (npm test does)`).toBe(true);
    const ok = await spawnBin(["roles", "--endpoint-url", endpoint, "--rate", "1000", "--output", "csv"], {
      PATH: process.env.PATH,
      HOME: home.dir,
      AWS_SSO_ACCESS_TOKEN: TOKEN,
    });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout.trimEnd().split("\n")).toHaveLength(51);
    const bad = await spawnBin(["roles", "--profile", "missing"], { PATH: process.env.PATH, HOME: home.dir });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(`client-sso: profile "missing" not found in ${home.configFile}\n`);
  });
});
