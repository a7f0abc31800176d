// `client-sso roles` with hostile flags, hanging portals, looping portals, hostile files, a full disk.
import { spawn, execFileSync } from "node:child_process";
import dns from "node:dns";
import { existsSync, openSync, closeSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseRolesArguments } from "../../src/cli/rolesArguments.js";
import { createLocalPortal, generateFixture, type LocalPortal } from "../../src/local-portal/index.js";
import { AwsHome, run } from "../cli/helpers.js";
import { sameTokenForever, startHostilePortal } from "./hostilePortal.js";

const TOKEN = "generated-token-1";
/** Something that looks like a pasted token: it must never be echoed. */
const SECRET = "aoaAAAAAGZpbmFsbHktYS1sb25nLWxvb2tpbmctdG9rZW4tdmFsdWU";
const FUTURE = "2999-01-01T00:00:00Z";

let portal: LocalPortal;
let home: AwsHome;
beforeAll(async () => {
  portal = await createLocalPortal({
    fixtures: generateFixture({ accounts: 300, rolesPerAccount: 1 }),
    allowedHosts: ["portal.example"],
  });
  home = new AwsHome();
});
afterAll(async () => {
  await portal.close();
  home.remove();
});

describe("flags", () => {
  it("says what is wrong, exits 2, and never echoes a value", async () => {
    const cases: Array<[string[], string]> = [
      [["roles", "--rate", "-3"], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [["roles", "--rate", "1e-7"], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [
        ["roles", "--output", "--access-token", SECRET],
        "client-sso: --output needs a value (the next argument is the option --access-token)",
      ],
      [["roles", "--output", SECRET], "client-sso: --output must be one of table, json, csv"],
      [["roles", "--rate", SECRET], "client-sso: --rate must be a number from 0.001 to 100,000"],
      [
        ["roles", "--endpoint-url", SECRET],
        "client-sso: --endpoint-url must be an http or https URL, such as https://portal.sso.us-east-1.amazonaws.com",
      ],
      [["roles", "--concurrency", SECRET], "client-sso: --concurrency must be a whole number from 1 to 1,000"],
      [["roles", "--timeout", "-1"], "client-sso: --timeout must be a number from 0.1 to 3,600"],
      [["roles", "--region", "bad region"], "client-sso: --region must be a region name such as us-east-1"],
      [["roles", `--${SECRET}`], "client-sso: unknown option"],
      [["roles", "--access-token", SECRET, SECRET], "client-sso: unexpected argument: only flags are taken"],
    ];
    for (const [argv, message] of cases) {
      const { code, err, out } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err).toBe(`${message} (run "client-sso roles --help" for the options)\n`);
      expect(err).not.toContain(SECRET);
    }
  });

  it("every request has a timeout by default", () => {
    expect(parseRolesArguments([]).timeoutMs).toBe(30_000);
    expect(parseRolesArguments(["--timeout", "2.5"]).timeoutMs).toBe(2500);
  });
});

describe("hangs", () => {
  it("a portal that never answers: the CLI gives up and says which request timed out", async () => {
    const silent = await startHostilePortal(() => {});
    try {
      const started = Date.now();
      const { code, err } = await run([
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        silent.endpoint,
        "--timeout",
        "0.3",
      ]);
      expect(code).toBe(1);
      expect(err).toBe(
        "client-sso: ListAccounts timed out: no answer within 0.3 s on each of 3 attempts (change it with --timeout <seconds>)\n",
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(silent.requests).toBe(3);
    } finally {
      await silent.close();
    }
  });

  it("a ListAccountRoles that never answers is named with its account", async () => {
    const half = await startHostilePortal((req, res) => {
      if (!(req.url ?? "").startsWith("/assignment/accounts")) return;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          accountList: [{ accountId: "111122223333", accountName: "A", emailAddress: "a@example.com" }],
        }),
      );
    });
    try {
      const { code, err } = await run([
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        half.endpoint,
        "--timeout",
        "0.2",
      ]);
      expect(code).toBe(1);
      expect(err).toMatch(/^client-sso: ListAccountRoles \(account 111122223333\) timed out: no answer within 0.2 s/);
    } finally {
      await half.close();
    }
  });

  it.each(["accounts", "roles"] as const)(
    "a portal that repeats its nextToken (%s): a clear error, not a loop",
    async (which) => {
      const looping = await startHostilePortal(sameTokenForever(which));
      try {
        const { code, err } = await run([
          "roles",
          "--access-token",
          TOKEN,
          "--endpoint-url",
          looping.endpoint,
          "--rate",
          "1000",
        ]);
        expect(code).toBe(1);
        expect(err).toMatch(
          /^client-sso: RepeatedNextTokenError: List\w+( \(account 111122223333\))? returned a nextToken it had returned before/,
        );
        expect(looping.requests).toBeLessThanOrEqual(4);
      } finally {
        await looping.close();
      }
    },
  );
});

describe("files", () => {
  const profile = (name: string) =>
    home.writeConfig(`[profile ${name}]\nsso_session = s-${name}\n[sso-session s-${name}]\nsso_region = us-east-1\n`);
  const listWith = (name: string) =>
    run(["roles", "--profile", name, "--endpoint-url", portal.endpoint, "--rate", "10000", "--output", "json"], {
      env: home.env,
    });

  it("refuses a FIFO as the token cache at once (it used to hang forever)", async () => {
    profile("fifo");
    const path = home.cachePath("s-fifo");
    try {
      execFileSync("mkfifo", [path]);
    } catch (error) {
      throw new Error(`this test needs mkfifo (coreutils): ${(error as Error).message}`, { cause: error });
    }
    const started = Date.now();
    const { code, err } = await listWith("fifo");
    expect(code).toBe(1);
    expect(err).toBe(
      `client-sso: refusing the SSO token cache file: ${path} is not a regular file; run "aws sso login --profile fifo"\n`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    rmSync(path);
  });

  it("refuses a symlink to /dev/zero as the token cache and as the config file", async () => {
    expect(existsSync("/dev/zero"), "this test needs /dev/zero").toBe(true);
    profile("zero");
    const path = home.cachePath("s-zero");
    symlinkSync("/dev/zero", path);
    const cache = await listWith("zero");
    expect(cache.code).toBe(1);
    expect(cache.err).toBe(
      `client-sso: refusing the SSO token cache file: ${path} is not a regular file; run "aws sso login --profile zero"\n`,
    );
    rmSync(path);
    const config = await run(["roles", "--profile", "zero"], { env: { ...home.env, AWS_CONFIG_FILE: "/dev/zero" } });
    expect(config).toMatchObject({
      code: 1,
      err: "client-sso: refusing the AWS config file: /dev/zero is not a regular file\n",
    });
  });

  it("refuses a 96 MB config file and a 2 MB token cache in one line, without reading them", async () => {
    const big = join(home.dir, "big-config");
    writeFileSync(big, "[profile big]\nsso_session = s\n");
    truncateSync(big, 96 * 1024 * 1024);
    const config = await run(["roles", "--profile", "big"], { env: { ...home.env, AWS_CONFIG_FILE: big } });
    expect(config).toMatchObject({
      code: 1,
      err: `client-sso: refusing the AWS config file: ${big} is larger than 4 MiB\n`,
    });
    rmSync(big);
    profile("huge");
    const path = home.writeCache("s-huge", { accessToken: TOKEN, expiresAt: FUTURE });
    truncateSync(path, 2 * 1024 * 1024);
    const cache = await listWith("huge");
    expect(cache.code).toBe(1);
    expect(cache.err).toBe(
      `client-sso: refusing the SSO token cache file: ${path} is larger than 1 MiB; run "aws sso login --profile huge"\n`,
    );
  });

  it("warns once when the token cache file is readable by others, and still works", async () => {
    profile("open");
    const path = home.writeCache("s-open", { accessToken: TOKEN, expiresAt: FUTURE }, 0o644);
    const first = await listWith("open");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toHaveLength(300);
    expect(first.err).toBe(
      `client-sso: warning: the SSO token cache file ${path} is readable by other users (mode 0644); run "chmod 600 ${path}"\n`,
    );
    const second = await listWith("open");
    expect(second).toMatchObject({ code: 0, err: "" });
    home.writeCache("s-private", { accessToken: TOKEN, expiresAt: FUTURE });
    profile("private");
    expect((await listWith("private")).err).toBe("");
  });
});

describe("progress", () => {
  it("the bar only moves forward and drops the + once the last page of accounts is in", async () => {
    const { code, err } = await run(
      [
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        portal.endpoint,
        "--rate",
        "150",
        "--concurrency",
        "2",
        "--output",
        "csv",
      ],
      { stderrTTY: true },
    );
    expect(code).toBe(0);
    const frames = err
      .split("\r")
      .map((frame) => frame.match(/^\[(█*)░*\] (\d+)\/(\d+)(\+?) accounts/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map((match) => ({
        filled: match[1].length,
        done: Number(match[2]),
        total: Number(match[3]),
        plus: match[4] === "+",
      }));
    expect(frames.length).toBeGreaterThan(5);
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i].filled).toBeGreaterThanOrEqual(frames[i - 1].filled);
      expect(frames[i].done).toBeGreaterThanOrEqual(frames[i - 1].done);
      if (!frames[i - 1].plus) expect(frames[i].plus).toBe(false);
    }
    // The total is known well before the last account is done.
    expect(frames.some((frame) => !frame.plus && frame.total === 300 && frame.done < 300)).toBe(true);
    expect(frames.at(-1)).toMatchObject({ done: 300, total: 300, plus: false });
  }, 20_000);
});

describe("clear text", () => {
  it("warns on stderr when the token would go over plain http to a host that is not loopback", async () => {
    // portal.example resolves to the loopback emulator here: nothing leaves the machine.
    const lookup = dns.lookup;
    (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback: unknown) => {
      const cb = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
      const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
      if (host !== "portal.example") return (lookup as (...args: unknown[]) => void)(host, options, callback);
      return all ? cb(null, [{ address: "127.0.0.1", family: 4 }]) : cb(null, "127.0.0.1", 4);
    };
    try {
      const endpoint = portal.endpoint.replace("127.0.0.1", "portal.example");
      const { code, err, out } = await run([
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        endpoint,
        "--rate",
        "10000",
        "--output",
        "json",
      ]);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toHaveLength(300);
      expect(err).toBe(
        "client-sso: warning: the access token is sent in clear text over http:// to portal.example, which is not loopback: use an https:// endpoint\n",
      );
      expect(err).not.toContain(TOKEN);
      const local = await run([
        "roles",
        "--access-token",
        TOKEN,
        "--endpoint-url",
        portal.endpoint,
        "--rate",
        "10000",
        "--output",
        "json",
      ]);
      expect(local.err).toBe("");
    } finally {
      (dns as { lookup: unknown }).lookup = lookup;
    }
  });
});

describe("a full disk", () => {
  it("a stdout error other than EPIPE (ENOSPC on /dev/full) is one line and exit 1", async () => {
    const bin = join(import.meta.dirname, "../../dist-cjs/cli/bin.js");
    expect(existsSync(bin), `${bin} is missing: run "npm run build" first (npm test does)`).toBe(true);
    expect(existsSync("/dev/full"), "this test needs /dev/full (Linux)").toBe(true);
    const full = openSync("/dev/full", "w");
    try {
      const result = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [bin, "roles", "--endpoint-url", portal.endpoint, "--rate", "10000", "--output", "csv"],
          {
            env: { PATH: process.env.PATH, HOME: home.dir, AWS_SSO_ACCESS_TOKEN: TOKEN },
            stdio: ["ignore", full, "pipe"],
          },
        );
        let stderr = "";
        child.stderr!.setEncoding("utf8").on("data", (text: string) => (stderr += text));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stderr }));
      });
      expect(result).toEqual({ status: 1, stderr: "client-sso: cannot write the output: ENOSPC\n" });
    } finally {
      closeSync(full);
    }
  });
});
