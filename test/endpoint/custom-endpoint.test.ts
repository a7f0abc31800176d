import { describe, expect, it } from "vitest";

import { SSOClient, type SSOClientConfig } from "../../src/index.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";
import { sendListAccounts } from "./support/capturingHandler.js";

useIsolatedAwsEnv();

describe("custom endpoint", () => {
  it.each<[string, SSOClientConfig["endpoint"], string]>([
    ["URL string", "https://sso.example.com", "https://sso.example.com/assignment/accounts"],
    [
      "URL string with a base path",
      "https://sso.example.com/prefix",
      "https://sso.example.com/prefix/assignment/accounts",
    ],
    [
      "URL string with a deeper base path",
      "https://sso.example.com/a/b",
      "https://sso.example.com/a/b/assignment/accounts",
    ],
    ["http: with a port", "http://127.0.0.1:8080", "http://127.0.0.1:8080/assignment/accounts"],
    ["http: with a port and base path", "http://localhost:4566/sso", "http://localhost:4566/sso/assignment/accounts"],
    [
      "Endpoint object",
      { protocol: "https:", hostname: "sso.example.com", path: "/" },
      "https://sso.example.com/assignment/accounts",
    ],
    [
      "Endpoint object with port and base path",
      { protocol: "http:", hostname: "localhost", port: 8080, path: "/prefix" },
      "http://localhost:8080/prefix/assignment/accounts",
    ],
    [
      "EndpointV2 object",
      { url: new URL("https://sso.example.com/v2") },
      "https://sso.example.com/v2/assignment/accounts",
    ],
    [
      "provider of a URL string",
      async () => "https://from-provider.example/p",
      "https://from-provider.example/p/assignment/accounts",
    ],
    [
      "provider of an Endpoint object",
      async () => ({ protocol: "http:", hostname: "10.0.0.1", port: 81, path: "/x" }),
      "http://10.0.0.1:81/x/assignment/accounts",
    ],
  ])("%s", async (_name, endpoint, expected) => {
    expect(await sendListAccounts({ region: "us-east-1", endpoint })).toBe(expected);
  });

  it("keeps query parameters of the operation next to a base path", async () => {
    const { capturingHandler } = await import("./support/capturingHandler.js");
    const { ListAccountRolesCommand } = await import("../../src/index.js");
    const handler = capturingHandler();
    const client = new SSOClient({
      region: "us-east-1",
      endpoint: "https://sso.example.com/prefix",
      requestHandler: handler,
    });
    await client.send(new ListAccountRolesCommand({ accessToken: "t", accountId: "111122223333" }));
    expect(handler.requests[0].path).toBe("/prefix/assignment/roles");
    expect(handler.requests[0].query).toEqual({ account_id: "111122223333" });
  });

  it("wins over every region source and works with no region at all", async () => {
    expect(await sendListAccounts({ endpoint: "https://only.example" })).toBe(
      "https://only.example/assignment/accounts",
    );
  });

  it("is exposed as an Endpoint provider on client.config", async () => {
    const client = new SSOClient({ region: "us-east-1", endpoint: "http://localhost:8080/prefix" });
    expect(client.config.isCustomEndpoint).toBe(true);
    expect(await client.config.endpoint!()).toMatchObject({
      protocol: "http:",
      hostname: "localhost",
      port: 8080,
      path: "/prefix",
    });
  });
});
