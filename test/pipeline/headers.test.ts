import http from "node:http";
import net from "node:net";

import type { FinalizeHandler, FinalizeHandlerArguments } from "@smithy/types";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, LogoutCommand, SSOClient } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const harness = pipelineHarness();
const { clientFor } = harness;

/** Records the request headers as a middleware after the pipeline's own (a signer's view) sees them. */
const watchFinalHeaders = (client: SSOClient) => {
  const seen: Record<string, string>[] = [];
  client.middlewareStack.add(
    (next: FinalizeHandler<any, any>) => async (args: FinalizeHandlerArguments<any>) => {
      seen.push({ ...(args.request as { headers: Record<string, string> }).headers });
      return next(args);
    },
    { step: "finalizeRequest", priority: "low", name: "watchFinalHeaders" },
  );
  return seen;
};

const listAccounts = (client: SSOClient) => client.send(new ListAccountsCommand({ accessToken: "token" }));

describe("host", () => {
  it("names the host and the port when the endpoint has one", async () => {
    const client = clientFor();
    const seen = watchFinalHeaders(client);
    await listAccounts(client);
    expect(seen[0].host).toBe(`127.0.0.1:${harness.portal.port}`);
    expect(harness.portal.requests[0].headers.host).toBe(`127.0.0.1:${harness.portal.port}`);
  });

  it("leaves the port out when the endpoint uses the scheme's default", async () => {
    // harness.portal.example:80 is dialled on the loopback harness.portal instead, so no name lookup or network is involved.
    const agent = new http.Agent();
    agent.createConnection = () => net.connect(harness.portal.port, "127.0.0.1");
    const client = clientFor({ endpoint: "http://harness.portal.example", requestHandler: { httpAgent: agent } });
    const seen = watchFinalHeaders(client);
    await listAccounts(client);
    agent.destroy();
    expect(seen[0].host).toBe("harness.portal.example");
    expect(harness.portal.requests[0].headers.host).toBe("harness.portal.example");
  });
});

describe("content-length", () => {
  it("POST /logout carries content-length: 0", async () => {
    await clientFor().send(new LogoutCommand({ accessToken: "token" }));
    const request = harness.portal.requests[0];
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/logout");
    expect(request.headers["content-length"]).toBe("0");
  });

  it("GET requests carry no body and no content-length", async () => {
    await listAccounts(clientFor());
    expect(harness.portal.requests[0].headers["content-length"]).toBeUndefined();
  });
});

describe("recursion detection (X-Amzn-Trace-Id)", () => {
  it("inside Lambda, passes the invocation's trace ID on", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
    await listAccounts(clientFor());
    expect(harness.portal.requests[0].headers["x-amzn-trace-id"]).toBe(process.env._X_AMZN_TRACE_ID);
  });

  it("reads the trace ID per request: each Lambda invocation has its own", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    const client = clientFor();
    process.env._X_AMZN_TRACE_ID = "Root=1-first";
    await listAccounts(client);
    process.env._X_AMZN_TRACE_ID = "Root=1-second";
    await listAccounts(client);
    expect(harness.portal.requests.map((request) => request.headers["x-amzn-trace-id"])).toEqual([
      "Root=1-first",
      "Root=1-second",
    ]);
  });

  it("keeps a trace header the request already has", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = "Root=1-from-lambda";
    const client = clientFor();
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers["x-amzn-trace-id"] = "Root=1-from-caller";
        return next(args);
      },
      { step: "build", priority: "high" },
    );
    await listAccounts(client);
    expect(harness.portal.requests[0].headers["x-amzn-trace-id"]).toBe("Root=1-from-caller");
  });

  it("outside Lambda, or without a trace ID, adds nothing", async () => {
    process.env._X_AMZN_TRACE_ID = "Root=1-no-function";
    await listAccounts(clientFor());
    delete process.env._X_AMZN_TRACE_ID;
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    await listAccounts(clientFor());
    expect(harness.portal.requests.map((request) => request.headers["x-amzn-trace-id"])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("the request on the wire", () => {
  it("carries the original client's headers in the original's order", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "my-function";
    process.env._X_AMZN_TRACE_ID = "Root=1-order";
    await listAccounts(clientFor());
    expect(harness.portal.requests[0].headerNames).toEqual([
      "x-amz-sso_bearer_token",
      "x-amz-user-agent",
      "user-agent",
      "host",
      "x-amzn-trace-id",
      "amz-sdk-invocation-id",
      "amz-sdk-request",
      "connection",
    ]);
  });
});
