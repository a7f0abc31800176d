import { release } from "node:os";

import type { RetryErrorInfo, RetryStrategyV2 } from "@smithy/types";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, type SSOClientConfig } from "../../src/index.js";
import packageJson from "../../package.json";
import { pipelineHarness } from "./support/harness.js";

const SDK = `${packageJson.name}/${packageJson.version}`;

const harness = pipelineHarness();
const { clientFor, environment } = harness;

/** The user agent headers of one call made with this configuration. */
const sentUserAgent = async (config: SSOClientConfig = {}) => {
  await clientFor(config).send(new ListAccountsCommand({ accessToken: "token" }));
  const { headers } = harness.portal.requests.at(-1)!;
  return { userAgent: String(headers["user-agent"]), xAmzUserAgent: headers["x-amz-user-agent"] };
};

describe("the user agent", () => {
  it("names this package and its version, the format, OS, language, runtime, service and metrics", async () => {
    const { userAgent, xAmzUserAgent } = await sentUserAgent();
    const osRelease = release().replace(/[^!$%&'*+\-.^_`|~\w#]/g, "-");
    expect(userAgent).toBe(
      `${SDK} ua/2.1 os/${process.platform}#${osRelease} lang/js md/nodejs#${process.versions.node} api/sso#${packageJson.version} m/N,E`,
    );
    expect(xAmzUserAgent).toBe(SDK);
  });

  it("is the same on every attempt and every call of a client", async () => {
    const client = clientFor();
    harness.portal.queue({ status: 500 });
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    const sent = new Set(harness.portal.requests.map((request) => request.headers["user-agent"]));
    expect(harness.portal.requests).toHaveLength(3);
    expect(sent.size).toBe(1);
  });

  describe("business metrics (m/)", () => {
    it("N for a custom endpoint, E for standard retry mode", async () => {
      expect((await sentUserAgent()).userAgent).toMatch(/ m\/N,E$/);
    });

    it("F for adaptive retry mode", async () => {
      expect((await sentUserAgent({ retryMode: "adaptive" })).userAgent).toMatch(/ m\/N,F$/);
    });

    it("no N when the endpoint comes from the rule set", async () => {
      // An endpoint provider stands in for the rule set, so the call still reaches the loopback harness.portal.
      const { userAgent } = await sentUserAgent({
        endpoint: undefined,
        endpointProvider: () => ({ url: new URL(harness.portal.endpoint) }),
      });
      expect(userAgent).toMatch(/ m\/E$/);
    });

    it("features other middleware record join in, endpoint first and retry mode last", async () => {
      const client = clientFor();
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const smithyContext = context.__smithy_context as { features?: Record<string, string> };
          smithyContext.features = { ENDPOINT_OVERRIDE: "N", EXAMPLE_FEATURE: "Z" };
          return next(args);
        },
        { step: "initialize" },
      );
      await client.send(new ListAccountsCommand({ accessToken: "token" }));
      expect(String(harness.portal.requests[0].headers["user-agent"])).toMatch(/ m\/N,Z,E$/);
    });

    it("no retry letter for a retry strategy without a mode", async () => {
      const retryStrategy: RetryStrategyV2 = {
        acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }),
        refreshRetryTokenForRetry: async (_token, { error }: RetryErrorInfo) => {
          throw error;
        },
        recordSuccess: () => {},
      };
      expect((await sentUserAgent({ retryStrategy })).userAgent).toMatch(/ m\/N$/);
    });
  });

  describe("customUserAgent", () => {
    it("a string goes at the end of both headers", async () => {
      const { userAgent, xAmzUserAgent } = await sentUserAgent({ customUserAgent: "my-tool/2.0" });
      expect(userAgent).toMatch(/ m\/N,E my-tool\/2\.0$/);
      expect(xAmzUserAgent).toBe(`${SDK} my-tool/2.0`);
    });

    it("pairs are escaped into name/version sections", async () => {
      const { userAgent, xAmzUserAgent } = await sentUserAgent({
        customUserAgent: [["my tool", "1.0 beta"], ["api/Other", "3"], ["md/feature"]],
      });
      expect(userAgent).toMatch(/ m\/N,E my-tool\/1\.0-beta api\/other#3 md\/feature$/);
      expect(xAmzUserAgent).toBe(`${SDK} my-tool/1.0-beta api/other#3 md/feature`);
    });
  });

  it("follows a customUserAgent changed on client.config after construction", async () => {
    const client = clientFor();
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    client.config.customUserAgent = [["late-addition", "1"]];
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    const [before, after] = harness.portal.requests.map((request) => String(request.headers["user-agent"]));
    expect(before).toMatch(/ m\/N,E$/);
    expect(after).toMatch(/ m\/N,E late-addition\/1$/);
  });

  describe("userAgentAppId", () => {
    it("from the configuration, as app/<id> after the metrics", async () => {
      const { userAgent, xAmzUserAgent } = await sentUserAgent({ userAgentAppId: "billing-dashboard" });
      expect(userAgent).toMatch(/ m\/N,E app\/billing-dashboard$/);
      expect(xAmzUserAgent).toBe(SDK);
    });

    it("from AWS_SDK_UA_APP_ID, escaped", async () => {
      process.env.AWS_SDK_UA_APP_ID = "from env";
      expect((await sentUserAgent()).userAgent).toMatch(/ app\/from-env$/);
    });

    it("from sdk_ua_app_id in the shared config file", async () => {
      environment.writeConfigFile("[default]\nsdk_ua_app_id = from-file\n");
      expect((await sentUserAgent()).userAgent).toMatch(/ app\/from-file$/);
    });

    it("the configuration wins over the environment", async () => {
      process.env.AWS_SDK_UA_APP_ID = "from-env";
      expect((await sentUserAgent({ userAgentAppId: "from-code" })).userAgent).toMatch(/ app\/from-code$/);
    });

    it("longer than 50 characters: sent anyway, with a warning to the logger", async () => {
      const warnings: string[] = [];
      const logger = { debug() {}, info() {}, warn: (line: string) => warnings.push(line), error() {} };
      const appId = "a".repeat(60);
      expect((await sentUserAgent({ userAgentAppId: appId, logger })).userAgent).toMatch(new RegExp(` app/${appId}$`));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/50 characters/);
    });
  });

  it("names the execution environment from AWS_EXECUTION_ENV", async () => {
    process.env.AWS_EXECUTION_ENV = "AWS_Lambda_nodejs20.x";
    expect((await sentUserAgent()).userAgent).toMatch(/ api\/sso#[^ ]+ exec-env\/AWS_Lambda_nodejs20\.x m\/N,E$/);
  });
});
