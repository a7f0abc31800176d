// The emulator as a server users run on their machines: binds, Host check, log bounds,
// timeouts and connection limits, --generate bounds, fixture errors.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { exposureWarning } from "../../src/local-portal/cli.js";
import {
  createLocalPortal,
  generateFixture,
  runCli,
  type LocalPortal,
  type LocalPortalOptions,
} from "../../src/local-portal/index.js";
import { ALICE, call } from "../local-portal/helpers.js";

const portals: LocalPortal[] = [];
async function start(options: LocalPortalOptions = {}): Promise<LocalPortal> {
  const portal = await createLocalPortal(options);
  portals.push(portal);
  return portal;
}
afterEach(async () => {
  await Promise.all(portals.splice(0).map((portal) => portal.close()));
});

function cliIo() {
  let out = "";
  let err = "";
  return {
    io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } },
    out: () => out,
    err: () => err,
  };
}

/** Resolves when the server closes the socket, with the ms it took; rejects after `limitMs`. */
function closedWithin(socket: Socket, limitMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still open after ${limitMs} ms`)), limitMs);
    socket.on("error", () => {});
    // Read what comes (a 408, say): an unread socket never sees the close.
    socket.resume();
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
  });
}

const open = (portal: LocalPortal) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(portal.port, "127.0.0.1", () => resolve(socket));
    socket.on("error", reject);
  });

describe("binding", () => {
  it("prints the address really bound, and no warning on loopback", async () => {
    // 127.0.0.2 is loopback too (on Linux all of 127/8 is): a real address other than the default.
    const { io, out, err } = cliIo();
    const result = await runCli(["--host", "127.0.0.2"], io);
    if (result.portal) portals.push(result.portal);
    expect(result.exitCode).toBe(0);
    expect(out()).toMatch(/^SSO portal emulator listening on http:\/\/127\.0\.0\.2:\d+$/m);
    expect(err()).toBe("");
  });

  it("warns that well-known tokens are served to the network for wildcard and other non-loopback addresses", () => {
    // Not bound here (tests stay on loopback): the warning is the address's, checked directly.
    expect(exposureWarning("0.0.0.0")).toBe(
      "listening on every network interface: anyone who can reach this machine can use the well-known tokens printed here",
    );
    expect(exposureWarning("::")).toMatch(/^listening on every network interface/);
    expect(exposureWarning("192.168.1.20")).toMatch(/^listening on a non-loopback interface \(192\.168\.1\.20\)/);
    for (const loopback of ["127.0.0.1", "127.0.0.2", "::1"]) expect(exposureWarning(loopback)).toBeUndefined();
  });
});

describe("Host header (DNS rebinding)", () => {
  it("answers loopback names, IP addresses and allowed names; refuses any other name with a 403", async () => {
    const portal = await start({ allowedHosts: ["dev.internal"] });
    const hostCall = (host: string) =>
      call(portal.endpoint, "/assignment/accounts", { token: ALICE, headers: { host } });
    for (const host of [
      `127.0.0.1:${portal.port}`,
      `localhost:${portal.port}`,
      "LOCALHOST",
      `app.localhost:${portal.port}`,
      `[::1]:${portal.port}`,
      "10.0.0.5",
      `dev.internal:${portal.port}`,
      "localhost.",
    ]) {
      expect((await hostCall(host)).status, host).toBe(200);
    }
    for (const host of [
      "attacker.example",
      `attacker.example:${portal.port}`,
      "localhost.attacker.example",
      "127.0.0.1.nip.io",
    ]) {
      const refused = await hostCall(host);
      expect(refused.status, host).toBe(403);
      expect(refused.json).toEqual({
        message: "Host not allowed: start the emulator with --allow-host <name> to serve it",
      });
      expect(refused.text).not.toContain("accountList");
    }
    // Preflights too: a rebinding page learns nothing from them either.
    const cors = await start({ cors: true });
    const preflight = await call(cors.endpoint, "/assignment/accounts", {
      method: "OPTIONS",
      headers: { host: "attacker.example", origin: "http://attacker.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("--allow-host adds names; allowedHosts: true answers any", async () => {
    const { io } = cliIo();
    const result = await runCli(["--allow-host", "box.lan", "--allow-host", "other.lan"], io);
    portals.push(result.portal!);
    expect(
      (await call(result.portal!.endpoint, "/assignment/accounts", { token: ALICE, headers: { host: "other.lan" } }))
        .status,
    ).toBe(200);
    expect(
      (await call(result.portal!.endpoint, "/assignment/accounts", { token: ALICE, headers: { host: "evil.lan" } }))
        .status,
    ).toBe(403);
    const any = await start({ allowedHosts: true });
    expect(
      (await call(any.endpoint, "/assignment/accounts", { token: ALICE, headers: { host: "evil.lan" } })).status,
    ).toBe(200);
  });
});

describe("request log", () => {
  it("redacts the token header, credentials and tokens that are not the emulator's own", async () => {
    const portal = await start();
    const realToken = "aoaAAAAAGZpbmFsbHktYS1yZWFsLXRva2Vu";
    await call(portal.endpoint, "/assignment/accounts", {
      token: ALICE,
      headers: { authorization: "Bearer secret-1", cookie: "s=secret-2" },
    });
    await call(portal.endpoint, "/assignment/accounts", { token: realToken });
    const [own, foreign] = portal.requestLog;
    expect(own.headers["x-amz-sso_bearer_token"]).toBe("***");
    expect(own.headers.authorization).toBe("***");
    expect(own.headers.cookie).toBe("***");
    expect(own.accessToken).toBe(ALICE);
    expect(foreign.accessToken).toBe("***");
    expect(foreign.status).toBe(401);
    expect(JSON.stringify(portal.requestLog)).not.toMatch(/secret-1|secret-2|aoaAAAA/);
  });

  it("is bounded by entries and by bytes: 2,000 requests with 14 KB headers", async () => {
    const maxBytes = 2 * 1024 * 1024;
    const portal = await start({ requestLogLimit: 1000, requestLogMaxBytes: maxBytes });
    const big = "x".repeat(14 * 1024);
    for (let i = 0; i < 2000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) =>
          call(portal.endpoint, `/assignment/accounts?max_result=${((i + k) % 100) + 1}`, {
            token: ALICE,
            headers: { "x-big": big },
          }),
        ),
      );
    }
    const log = portal.requestLog;
    expect(portal.stats.requests).toBe(2000);
    expect(log.length).toBeGreaterThan(100);
    expect(log.length).toBeLessThanOrEqual(1000);
    // Header values are kept to 1 KiB in the log.
    expect(log[0].headers["x-big"]).toHaveLength(1025);
    const approxBytes = log.reduce((sum, entry) => sum + 2 * JSON.stringify(entry).length, 0);
    expect(approxBytes).toBeLessThanOrEqual(maxBytes * 1.5);

    // By entries alone: never more than the limit (it used to reach twice that between trims).
    const small = await start({ requestLogLimit: 10 });
    for (let i = 0; i < 19; i++) await call(small.endpoint, "/assignment/accounts", { token: ALICE });
    expect(small.requestLog).toHaveLength(10);
  });
});

describe("server timeouts and connection limit", () => {
  it("closes a connection whose headers never finish", async () => {
    const portal = await start({ timeouts: { headersMs: 200 } });
    const socket = await open(portal);
    socket.write("GET /assignment/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nx-slow: ");
    const took = await closedWithin(socket, 5000);
    expect(took).toBeGreaterThanOrEqual(150);
  });

  it("closes a connection whose body never finishes", async () => {
    const portal = await start({ timeouts: { headersMs: 200, requestMs: 400 } });
    const socket = await open(portal);
    socket.write("POST /logout HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: 100\r\n\r\nabc");
    const dribble = setInterval(() => socket.writable && socket.write("a"), 50);
    try {
      await closedWithin(socket, 5000);
    } finally {
      clearInterval(dribble);
    }
  });

  it("closes an idle kept-alive connection", async () => {
    const portal = await start({ timeouts: { keepAliveMs: 200 } });
    const socket = await open(portal);
    socket.write(`GET /assignment/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-sso_bearer_token: ${ALICE}\r\n\r\n`);
    const took = await closedWithin(socket, 5000);
    expect(took).toBeLessThan(4000);
  });

  it("refuses connections beyond maxConnections", async () => {
    const portal = await start({ maxConnections: 2 });
    const held = [await open(portal), await open(portal)];
    const third = await open(portal);
    await closedWithin(third, 3000);
    for (const socket of held) socket.destroy();
  });
});

describe("--generate and fixtures", () => {
  it("rejects a --generate that cannot fit, with exit 2, before allocating", async () => {
    // 1,000,000 × 1,000 used to run V8 out of memory (about 4.3 GB RSS before the crash).
    for (const spec of ["1000000000x3", "1000x100000", "1000000x1000", "100000x101"]) {
      const { io, err } = cliIo();
      const result = await runCli(["--generate", spec], io);
      expect(result.exitCode).toBe(2);
      expect(err()).toMatch(
        /^client-sso-local-portal: --generate takes at most 1000000 accounts, 1000 roles per account and 10000000 roles in all \(run "client-sso-local-portal --help" for the options\)\n$/,
      );
    }
    expect(() => generateFixture({ accounts: 2_000_000, rolesPerAccount: 1 })).toThrow(RangeError);
    expect(() => generateFixture({ accounts: -1, rolesPerAccount: 1 })).toThrow(RangeError);
    expect(() => generateFixture({ accounts: 20_000, rolesPerAccount: 1000 })).toThrow(RangeError);
  });

  it("a fixture parse error names the file and position, never its content", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hostile-fixture-"));
    try {
      const cases: Array<[string, string]> = [
        ['{\n  "users": [{"accessTokens": ["secret-token-value"]}\n  "oops"\n}', "line 3, column 3"],
        ['{"a": "secret-token-value', "line 1, column 26"],
        ['{"a": tru}', "line 1, column 10"],
        ['["secret-token-value",]', "line 1, column 23"],
        ["", "line 1, column 1"],
      ];
      for (const [text, position] of cases) {
        const file = join(dir, "f.json");
        writeFileSync(file, text);
        const error = await createLocalPortal({ fixtures: file }).catch((e: Error) => e);
        expect((error as Error).message).toBe(`fixture file ${file} is not valid JSON (${position})`);
      }
      const twice = join(dir, "twice.json");
      writeFileSync(
        twice,
        JSON.stringify({
          accounts: [],
          users: [{ userId: "a", accessTokens: ["secret-token-value", "secret-token-value"], assignments: [] }],
        }),
      );
      const error = (await createLocalPortal({ fixtures: twice }).catch((e: Error) => e)) as Error;
      expect(error.message).not.toContain("secret-token-value");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
