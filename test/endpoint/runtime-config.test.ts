import { describe, expect, it } from "vitest";

import { resolveRegionConfig } from "../../src/config/region/resolveRegionConfig.js";
import { getRuntimeConfig as browserRuntimeConfig } from "../../src/runtimeConfig.browser.js";
import { getRuntimeConfig as nativeRuntimeConfig } from "../../src/runtimeConfig.native.js";
import { getRuntimeConfig as nodeRuntimeConfig } from "../../src/runtimeConfig.js";
import type { SSOClientConfig } from "../../src/SSOClient.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";

const env = useIsolatedAwsEnv();

/** What a runtime config makes of region, FIPS and dual-stack once resolved like the client does. */
type RuntimeConfig = (options: SSOClientConfig) => SSOClientConfig;

const settingsOf = async (runtimeConfig: RuntimeConfig, options: SSOClientConfig = {}) => {
  const config = resolveRegionConfig(runtimeConfig(options));
  const flag = async (value: unknown) => (typeof value === "function" ? value() : value);
  return {
    region: await config.region(),
    fips: await config.useFipsEndpoint(),
    dualStack: await flag(config.useDualstackEndpoint),
  };
};

describe.each<[string, RuntimeConfig]>([
  ["browser", browserRuntimeConfig],
  ["react-native", nativeRuntimeConfig],
])("the %s runtime config", (_name, runtimeConfig) => {
  it("reads no environment variables and no files", async () => {
    env.set({ AWS_REGION: "eu-west-1", AWS_USE_FIPS_ENDPOINT: "true", AWS_USE_DUALSTACK_ENDPOINT: "true" });
    env.config("[default]\nregion = eu-west-2\nuse_fips_endpoint = true\n");
    expect(await settingsOf(runtimeConfig)).toEqual({ region: undefined, fips: false, dualStack: false });
  });

  it("takes region, FIPS and dual-stack from the options, legacy FIPS regions included", async () => {
    expect(await settingsOf(runtimeConfig, { region: "ap-east-1", useDualstackEndpoint: true })).toEqual({
      region: "ap-east-1",
      fips: false,
      dualStack: true,
    });
    expect(await settingsOf(runtimeConfig, { region: "fips-ap-east-1" })).toEqual({
      region: "ap-east-1",
      fips: true,
      dualStack: false,
    });
  });
});

describe("the Node.js runtime config", () => {
  it("reads the environment and the shared config file", async () => {
    env.set({ AWS_USE_DUALSTACK_ENDPOINT: "true" });
    env.config("[default]\nregion = eu-west-2\nuse_fips_endpoint = true\n");
    expect(await settingsOf(nodeRuntimeConfig)).toEqual({ region: "eu-west-2", fips: true, dualStack: true });
  });
});
