import { Agent, request } from "node:http";
import { describe, expect, it } from "vitest";
import { createLocalPortal, generateFixture } from "../../src/local-portal/index.js";
import { ALICE, call } from "./helpers.js";

describe("lifecycle", () => {
  it("close() stops listening and drops kept-alive connections", async () => {
    const portal = await createLocalPortal();
    const agent = new Agent({ keepAlive: true });
    const url = new URL(portal.endpoint);
    let socketClosed!: Promise<void>;
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: "/assignment/accounts",
          agent,
          headers: { "x-amz-sso_bearer_token": ALICE },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode));
        },
      );
      req.on("socket", (socket) => {
        socketClosed = new Promise((closed) => socket.once("close", () => closed()));
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
    // The agent keeps the socket open for reuse until the server drops it.
    await portal.close();
    await socketClosed;
    await expect(call(portal.endpoint, "/assignment/accounts", { token: ALICE })).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
    agent.destroy();
  });

  it("close() is idempotent and does not wait for pending latency", async () => {
    const portal = await createLocalPortal({ latency: 60_000 });
    const pending = call(portal.endpoint, "/assignment/accounts", { token: ALICE }).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await Promise.all([portal.close(), portal.close()]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it("fails to start on a port already in use", async () => {
    const first = await createLocalPortal();
    try {
      await expect(createLocalPortal({ port: first.port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      await first.close();
    }
  });

  it("brackets IPv6 hosts in the endpoint", async () => {
    const portal = await createLocalPortal({ host: "::1" }).catch(() => undefined);
    if (!portal) return; // no IPv6 loopback here
    try {
      expect(portal.endpoint).toBe(`http://[::1]:${portal.port}`);
      expect((await call(portal.endpoint, "/assignment/accounts", { token: ALICE })).status).toBe(200);
    } finally {
      await portal.close();
    }
  });

  it("serves 2,000 concurrent requests over kept-alive connections", async () => {
    const portal = await createLocalPortal({ fixtures: generateFixture({ accounts: 1000, rolesPerAccount: 3 }) });
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const url = new URL(portal.endpoint);
    const one = (i: number) =>
      new Promise<number>((resolve, reject) => {
        const path =
          i % 2
            ? "/assignment/accounts?max_result=100"
            : `/federation/credentials?account_id=${100000000001 + (i % 1000)}&role_name=ReadOnlyAccess`;
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path,
            agent,
            headers: { "x-amz-sso_bearer_token": "generated-token-1" },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end();
      });
    try {
      const statuses = await Promise.all(Array.from({ length: 2000 }, (_, i) => one(i)));
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(portal.stats.requests).toBe(2000);
    } finally {
      agent.destroy();
      await portal.close();
    }
  });
});
