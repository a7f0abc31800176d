// The client warns through its logger when the bearer token would travel over plain http
// to a host that is not loopback.
import dns from "node:dns";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isLoopbackHost } from "../../src/middleware/clearTextWarningPlugin.js";
import { ListAccountsCommand, SSOClient } from "../../src/index.js";
import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { ALICE } from "../local-portal/helpers.js";

let portal: LocalPortal;
const lookup = dns.lookup;
beforeAll(async () => {
  portal = await createLocalPortal({ allowedHosts: ["portal.example"] });
  // portal.example resolves to the loopback emulator: nothing leaves the machine.
  (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback: unknown) => {
    const cb = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
    const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
    if (host !== "portal.example") return (lookup as (...args: unknown[]) => void)(host, options, callback);
    return all ? cb(null, [{ address: "127.0.0.1", family: 4 }]) : cb(null, "127.0.0.1", 4);
  };
});
afterAll(async () => {
  (dns as { lookup: unknown }).lookup = lookup;
  await portal.close();
});

function recordingLogger() {
  const warnings: unknown[] = [];
  const noop = () => {};
  return {
    warnings,
    logger: { trace: noop, debug: noop, info: noop, warn: (m: unknown) => warnings.push(m), error: noop },
  };
}

describe("clear-text warning", () => {
  it("warns once per client, naming the host and never the token", async () => {
    const { warnings, logger } = recordingLogger();
    const client = new SSOClient({
      region: "us-east-1",
      endpoint: portal.endpoint.replace("127.0.0.1", "portal.example"),
      logger,
    });
    try {
      for (let i = 0; i < 3; i++) {
        const { accountList } = await client.send(new ListAccountsCommand({ accessToken: ALICE }));
        expect(accountList!.length).toBeGreaterThan(0);
      }
      expect(warnings).toEqual([
        "the access token is sent in clear text over http:// to portal.example, which is not loopback: use an https:// endpoint",
      ]);
    } finally {
      client.destroy();
    }
  });

  it("says nothing for loopback endpoints", async () => {
    const { warnings, logger } = recordingLogger();
    const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, logger });
    try {
      await client.send(new ListAccountsCommand({ accessToken: ALICE }));
      expect(warnings).toEqual([]);
    } finally {
      client.destroy();
    }
    for (const host of ["localhost", "127.0.0.1", "127.3.4.5", "[::1]", "app.localhost", "[::ffff:7f00:1]"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["portal.example", "10.0.0.1", "[::ffff:a00:1]", "localhost.example", "128.0.0.1"])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
