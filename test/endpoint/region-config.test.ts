import { describe, expect, it } from "vitest";

import { SSOClient } from "../../src/index.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";
import { sendListAccounts } from "./support/capturingHandler.js";

const env = useIsolatedAwsEnv();
const host = (url: string) => (url.startsWith("error") ? url : new URL(url).hostname);

describe("region sources (Node.js)", () => {
  it("the region option wins over AWS_REGION and the files", async () => {
    env.set({ AWS_REGION: "eu-west-1" });
    env.config("[default]\nregion = eu-west-2\n");
    expect(host(await sendListAccounts({ region: "eu-west-3" }))).toBe("portal.sso.eu-west-3.amazonaws.com");
  });

  it("a region provider is called", async () => {
    expect(host(await sendListAccounts({ region: () => Promise.resolve("ap-south-2") }))).toBe(
      "portal.sso.ap-south-2.amazonaws.com",
    );
  });

  it("AWS_REGION wins over the shared config file", async () => {
    env.set({ AWS_REGION: "ap-south-1" });
    env.config("[default]\nregion = eu-west-2\n");
    expect(host(await sendListAccounts())).toBe("portal.sso.ap-south-1.amazonaws.com");
  });

  it("the [default] profile of the shared config file", async () => {
    env.config("# my settings\n[default]\nregion = eu-north-1 ; Stockholm\noutput = json\n");
    expect(host(await sendListAccounts())).toBe("portal.sso.eu-north-1.amazonaws.com");
  });

  it("[profile NAME] chosen by AWS_PROFILE", async () => {
    env.config("[default]\nregion = eu-west-1\n\n[profile work]\nregion = us-gov-west-1\n");
    env.set({ AWS_PROFILE: "work" });
    expect(host(await sendListAccounts({ useFipsEndpoint: true }))).toBe("portal.sso.us-gov-west-1.amazonaws.com");
  });

  it("the profile option wins over AWS_PROFILE", async () => {
    env.config("[profile work]\nregion = eu-south-1\n[profile play]\nregion = eu-south-2\n");
    env.set({ AWS_PROFILE: "work" });
    expect(host(await sendListAccounts({ profile: "play" }))).toBe("portal.sso.eu-south-2.amazonaws.com");
  });

  it("a profile section must say `profile` in the config file", async () => {
    env.config("[work]\nregion = eu-south-1\n");
    expect(await sendListAccounts({ profile: "work" })).toBe("error: Invalid Configuration: Missing Region");
  });

  it("the shared credentials file also counts, and wins for region (as in the original)", async () => {
    env.config("[profile work]\nregion = eu-west-1\n");
    env.credentials("[work]\nregion = ca-west-1\n");
    expect(host(await sendListAccounts({ profile: "work" }))).toBe("portal.sso.ca-west-1.amazonaws.com");
  });

  it("~/.aws/config under HOME when AWS_CONFIG_FILE is not set", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(`${env.dir}/.aws`);
    writeFileSync(`${env.dir}/.aws/config`, "[default]\nregion = il-central-1\n");
    env.set({ AWS_CONFIG_FILE: undefined });
    expect(host(await sendListAccounts())).toBe("portal.sso.il-central-1.amazonaws.com");
  });

  it("a nested block's region is not the profile's region", async () => {
    env.config("[default]\ns3 =\n  region = eu-west-3\nregion = mx-central-1\n");
    expect(host(await sendListAccounts())).toBe("portal.sso.mx-central-1.amazonaws.com");
  });

  it("nowhere: the rule set's missing-region error at send time, and region() resolves undefined", async () => {
    const client = new SSOClient({});
    await expect(client.config.region()).resolves.toBeUndefined();
    expect(await sendListAccounts()).toBe("error: Invalid Configuration: Missing Region");
  });

  it("the files are read once per client, on first use", async () => {
    const path = env.config("[default]\nregion = eu-west-1\n");
    const client = new SSOClient({});
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, "[default]\nregion = eu-west-2\n");
    expect(await client.config.region()).toBe("eu-west-2");
    writeFileSync(path, "[default]\nregion = eu-west-3\n");
    expect(await client.config.region()).toBe("eu-west-2");
  });
});

describe("legacy FIPS pseudo-regions", () => {
  it.each([
    ["fips-us-east-1", "us-east-1"],
    ["us-east-1-fips", "us-east-1"],
    ["fips-dkr-us-east-2", "us-east-2"],
    ["fips-prod-us-west-1", "us-west-1"],
    ["fips-aws-global", "us-east-1"],
    ["aws-fips", "us-east-1"],
    ["fips-us-gov-west-1", "us-gov-west-1"],
  ])("%s is %s with FIPS on", async (pseudo, real) => {
    const client = new SSOClient({ region: pseudo, useFipsEndpoint: false });
    expect(await client.config.region()).toBe(real);
    expect(await client.config.useFipsEndpoint()).toBe(true);
  });

  it("through a send", async () => {
    expect(host(await sendListAccounts({ region: "fips-ca-central-1" }))).toBe(
      "portal.sso-fips.ca-central-1.amazonaws.com",
    );
    expect(host(await sendListAccounts({ region: "us-gov-east-1-fips", useDualstackEndpoint: true }))).toBe(
      "portal.sso-fips.us-gov-east-1.api.aws",
    );
  });

  it("from AWS_REGION and from the config file", async () => {
    env.set({ AWS_REGION: "fips-eu-west-1" });
    expect(host(await sendListAccounts())).toBe("portal.sso-fips.eu-west-1.amazonaws.com");
    env.set({ AWS_REGION: undefined });
    env.config("[default]\nregion = eu-west-2-fips\n");
    expect(host(await sendListAccounts())).toBe("portal.sso-fips.eu-west-2.amazonaws.com");
  });

  it("only the prefix and suffix count, case-sensitively", async () => {
    const client = new SSOClient({ region: "us-fips-east-1" });
    expect(await client.config.useFipsEndpoint()).toBe(false);
    expect(await new SSOClient({ region: "FIPS-us-east-1" }).config.useFipsEndpoint()).toBe(false);
  });
});

describe("invalid regions", () => {
  it.each([
    ["us east 1", 'Region not accepted: region="us east 1" is not a valid hostname component.'],
    ["-us-east-1", 'Region not accepted: region="-us-east-1" is not a valid hostname component.'],
    [
      "us-east-1.evil.example",
      'Region not accepted: region="us-east-1.evil.example" is not a valid hostname component.',
    ],
    ["us_east_1", 'Region not accepted: region="us_east_1" is not a valid hostname component.'],
    ["a".repeat(64), `Region not accepted: region="${"a".repeat(64)}" is not a valid hostname component.`],
    ["fips-", 'Region not accepted: region="" is not a valid hostname component.'],
  ])("%j is rejected with a clear error at send time", async (region, message) => {
    const client = new SSOClient({ region });
    await expect(client.config.region()).rejects.toThrow(message);
    expect(await sendListAccounts({ region })).toBe(`error: ${message}`);
  });

  it("an empty AWS_REGION is rejected, not skipped (as in the original)", async () => {
    env.set({ AWS_REGION: "" });
    env.config("[default]\nregion = eu-west-1\n");
    expect(await sendListAccounts()).toBe('error: Region not accepted: region="" is not a valid hostname component.');
  });
});

describe("useFipsEndpoint / useDualstackEndpoint sources (Node.js)", () => {
  const flags = async (config = {}) => {
    const client = new SSOClient({ region: "us-east-1", ...config });
    return { fips: await client.config.useFipsEndpoint(), dualStack: await client.config.useDualstackEndpoint() };
  };

  it("default to false", async () => {
    expect(await flags()).toEqual({ fips: false, dualStack: false });
  });

  it("AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT", async () => {
    env.set({ AWS_USE_FIPS_ENDPOINT: "true", AWS_USE_DUALSTACK_ENDPOINT: "true" });
    expect(await flags()).toEqual({ fips: true, dualStack: true });
    expect(host(await sendListAccounts({ region: "eu-west-1" }))).toBe("portal.sso-fips.eu-west-1.api.aws");
  });

  it("use_fips_endpoint / use_dualstack_endpoint in the profile", async () => {
    env.config("[profile gov]\nregion = us-gov-east-1\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n");
    expect(host(await sendListAccounts({ profile: "gov" }))).toBe("portal.sso-fips.us-gov-east-1.api.aws");
  });

  it("the environment wins over the file, and the options over both", async () => {
    env.config("[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = false\n");
    env.set({ AWS_USE_FIPS_ENDPOINT: "false", AWS_USE_DUALSTACK_ENDPOINT: "true" });
    expect(await flags()).toEqual({ fips: false, dualStack: true });
    expect(await flags({ useFipsEndpoint: true, useDualstackEndpoint: false })).toEqual({
      fips: true,
      dualStack: false,
    });
  });

  it('anything but "true" / "false" is skipped, so the next source applies', async () => {
    env.set({ AWS_USE_FIPS_ENDPOINT: "TRUE", AWS_USE_DUALSTACK_ENDPOINT: "1" });
    expect(await flags()).toEqual({ fips: false, dualStack: false });
    env.config("[default]\nuse_fips_endpoint = true\n");
    expect(await flags()).toEqual({ fips: true, dualStack: false });
  });

  it("FIPS + custom endpoint from the environment is the rule set's error", async () => {
    env.set({ AWS_USE_FIPS_ENDPOINT: "true" });
    expect(await sendListAccounts({ region: "us-east-1", endpoint: "https://x" })).toBe(
      "error: Invalid Configuration: FIPS and custom endpoint are not supported",
    );
  });
});
