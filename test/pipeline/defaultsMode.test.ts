import type { NodeHttpHandler } from "@smithy/node-http-handler";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, type SSOClientConfig } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const harness = pipelineHarness();
const { clientFor, environment } = harness;

/** A setting as given (a value) or as defaulted (a provider). */
const valueOf = async <T>(setting: T | (() => Promise<T>)) =>
  typeof setting === "function" ? (setting as () => Promise<T>)() : setting;

/** After one call: the mode the client settled on, its retry mode and its handler's connection timeout. */
const settled = async (config: SSOClientConfig = {}) => {
  const client = clientFor(config);
  await client.send(new ListAccountsCommand({ accessToken: "token" }));
  return {
    mode: await valueOf(client.config.defaultsMode),
    retryMode: await valueOf(client.config.retryMode),
    connectionTimeout: (client.config.requestHandler as NodeHttpHandler).httpHandlerConfigs().connectionTimeout,
  };
};

describe("defaultsMode", () => {
  it("legacy when nothing sets it: standard retries, no connection timeout of its own", async () => {
    expect(await settled()).toEqual({ mode: "legacy", retryMode: "standard", connectionTimeout: undefined });
  });

  it.each([
    ["standard", 3_100],
    ["in-region", 1_100],
    ["cross-region", 3_100],
    ["mobile", 30_000],
  ] as const)("%s: standard retries and a %i ms connection timeout", async (mode, connectionTimeout) => {
    expect(await settled({ defaultsMode: mode })).toEqual({ mode, retryMode: "standard", connectionTimeout });
  });

  it("comes from AWS_DEFAULTS_MODE or defaults_mode in the shared config file", async () => {
    environment.writeConfigFile("[default]\ndefaults_mode = mobile\n");
    expect((await settled()).mode).toBe("mobile");
    process.env.AWS_DEFAULTS_MODE = "in-region";
    expect((await settled()).mode).toBe("in-region");
  });

  it("leaves explicit retryMode and handler options alone", async () => {
    const result = await settled({
      defaultsMode: "in-region",
      retryMode: "adaptive",
      requestHandler: { connectionTimeout: 5_000 },
    });
    expect(result).toEqual({ mode: "in-region", retryMode: "adaptive", connectionTimeout: 5_000 });
  });

  describe("auto on Node.js", () => {
    it("is in-region when the execution environment runs in the client's region", async () => {
      Object.assign(process.env, { AWS_EXECUTION_ENV: "AWS_Lambda_nodejs20.x", AWS_REGION: "us-east-1" });
      expect(await settled({ defaultsMode: "auto" })).toEqual({
        mode: "in-region",
        retryMode: "standard",
        connectionTimeout: 1_100,
      });
    });

    it("is cross-region when it runs in another region (AWS_DEFAULT_REGION counts too)", async () => {
      Object.assign(process.env, { AWS_EXECUTION_ENV: "AWS_ECS_FARGATE", AWS_DEFAULT_REGION: "eu-west-1" });
      expect((await settled({ defaultsMode: "auto" })).mode).toBe("cross-region");
    });

    it("is standard when nothing says where the code runs (no instance metadata lookup)", async () => {
      process.env.AWS_REGION = "us-east-1";
      expect((await settled({ defaultsMode: "auto" })).mode).toBe("standard");
    });
  });

  it("an unknown mode fails each call with a clear message", async () => {
    process.env.AWS_DEFAULTS_MODE = "fastest";
    const client = clientFor();
    await expect(client.send(new ListAccountsCommand({ accessToken: "token" }))).rejects.toThrow(
      /Invalid defaultsMode "fastest"/,
    );
    expect(harness.portal.requests).toHaveLength(0);
  });
});
