import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ListAccountsCommand, SSOClient } from "../../src/index.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";

const env = useIsolatedAwsEnv();

describe("a custom http: endpoint with a base path, over real loopback HTTP", () => {
  const received: { url?: string; host?: string }[] = [];
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      received.push({ url: req.url, host: req.headers.host });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ accountList: [{ accountId: "111122223333", accountName: "dev" }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends to /prefix/assignment/accounts and reads the answer", async () => {
    // The region comes from the shared config file; the custom endpoint still wins for the URL.
    env.config("[default]\nregion = eu-west-1\n");
    const client = new SSOClient({ endpoint: `http://127.0.0.1:${port}/prefix` });
    try {
      const output = await client.send(new ListAccountsCommand({ accessToken: "token", maxResults: 5 }));
      expect(output.accountList).toEqual([{ accountId: "111122223333", accountName: "dev" }]);
      expect(received.at(-1)).toEqual({ url: "/prefix/assignment/accounts?max_result=5", host: `127.0.0.1:${port}` });
    } finally {
      client.destroy();
    }
  });
});
