import { describe, expect, it } from "vitest";

import { partitionsData } from "../../src/endpoint/partitions.js";
import { SSOClient, type SSOClientConfig } from "../../src/index.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";
import { sendListAccounts } from "./support/capturingHandler.js";

useIsolatedAwsEnv();

// Every leaf of the rule set, reached through client options and a real send.
describe("rule set branches through SSOClient", () => {
  it.each<[string, SSOClientConfig, string]>([
    [
      "custom endpoint + FIPS",
      { region: "us-east-1", endpoint: "https://x", useFipsEndpoint: true },
      "error: Invalid Configuration: FIPS and custom endpoint are not supported",
    ],
    [
      "custom endpoint + dual-stack",
      { region: "us-east-1", endpoint: "https://x", useDualstackEndpoint: true },
      "error: Invalid Configuration: Dualstack and custom endpoint are not supported",
    ],
    [
      "custom endpoint + legacy FIPS region",
      { region: "fips-us-east-1", endpoint: "https://x" },
      "error: Invalid Configuration: FIPS and custom endpoint are not supported",
    ],
    [
      "custom endpoint",
      { region: "us-east-1", endpoint: "https://sso.example.com" },
      "https://sso.example.com/assignment/accounts",
    ],
    [
      "custom endpoint without a region",
      { endpoint: "https://sso.example.com" },
      "https://sso.example.com/assignment/accounts",
    ],
    [
      "FIPS + dual-stack",
      { region: "us-east-1", useFipsEndpoint: true, useDualstackEndpoint: true },
      "https://portal.sso-fips.us-east-1.api.aws/assignment/accounts",
    ],
    [
      "FIPS in aws-us-gov",
      { region: "us-gov-west-1", useFipsEndpoint: true },
      "https://portal.sso.us-gov-west-1.amazonaws.com/assignment/accounts",
    ],
    [
      "FIPS elsewhere",
      { region: "ca-central-1", useFipsEndpoint: true },
      "https://portal.sso-fips.ca-central-1.amazonaws.com/assignment/accounts",
    ],
    [
      "dual-stack",
      { region: "ap-east-2", useDualstackEndpoint: true },
      "https://portal.sso.ap-east-2.api.aws/assignment/accounts",
    ],
    ["plain", { region: "eu-central-1" }, "https://portal.sso.eu-central-1.amazonaws.com/assignment/accounts"],
    [
      "options as providers",
      { region: async () => "cn-north-1", useFipsEndpoint: async () => true, useDualstackEndpoint: async () => false },
      "https://portal.sso-fips.cn-north-1.amazonaws.com.cn/assignment/accounts",
    ],
    ["no region", {}, "error: Invalid Configuration: Missing Region"],
    [
      "no region, from a provider",
      { region: async () => undefined as unknown as string },
      "error: Invalid Configuration: Missing Region",
    ],
  ])("%s", async (_name, config, expected) => {
    expect(await sendListAccounts(config)).toBe(expected);
  });

  it("a missing region fails at send time, not when the client is built", () => {
    expect(() => new SSOClient({})).not.toThrow();
  });
});

describe("every partition through SSOClient", () => {
  it.each([
    ["aws", "us-west-1", "amazonaws.com", "api.aws"],
    ["aws-cn", "cn-northwest-1", "amazonaws.com.cn", "api.amazonwebservices.com.cn"],
    ["aws-us-gov", "us-gov-east-1", "amazonaws.com", "api.aws"],
    ["aws-iso", "us-iso-east-1", "c2s.ic.gov", "api.aws.ic.gov"],
    ["aws-iso-b", "us-isob-west-1", "sc2s.sgov.gov", "api.aws.scloud"],
    ["aws-iso-e", "eu-isoe-west-1", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"],
    ["aws-iso-f", "us-isof-east-1", "csp.hci.ic.gov", "api.aws.hci.ic.gov"],
    ["aws-eusc", "eusc-de-east-1", "amazonaws.eu", "api.amazonwebservices.eu"],
    ["aws (by regex)", "me-north-7", "amazonaws.com", "api.aws"],
    ["aws-cn (by regex)", "cn-central-2", "amazonaws.com.cn", "api.amazonwebservices.com.cn"],
    ["aws-eusc (by regex)", "eusc-de-south-1", "amazonaws.eu", "api.amazonwebservices.eu"],
    ["aws (unknown region)", "mars-north-1", "amazonaws.com", "api.aws"],
  ])("%s: %s", async (name, region, dns, dualStack) => {
    const fipsHost = name.startsWith("aws-us-gov")
      ? `portal.sso.${region}.amazonaws.com`
      : `portal.sso-fips.${region}.${dns}`;
    expect({
      plain: await sendListAccounts({ region }),
      fips: await sendListAccounts({ region, useFipsEndpoint: true }),
      dualStack: await sendListAccounts({ region, useDualstackEndpoint: true }),
      both: await sendListAccounts({ region, useFipsEndpoint: true, useDualstackEndpoint: true }),
    }).toEqual({
      plain: `https://portal.sso.${region}.${dns}/assignment/accounts`,
      fips: `https://${fipsHost}/assignment/accounts`,
      dualStack: `https://portal.sso.${region}.${dualStack}/assignment/accounts`,
      both: `https://portal.sso-fips.${region}.${dualStack}/assignment/accounts`,
    });
  });

  it("all eight partitions are in the table above", () => {
    expect(partitionsData.partitions).toHaveLength(8);
  });
});

describe("client.config.endpointProvider", () => {
  it("is the public rule-set resolver, like the original's defaultEndpointResolver", () => {
    const client = new SSOClient({ region: "us-east-1" });
    expect(client.config.endpointProvider({ Region: "eu-west-2", UseFIPS: true, UseDualStack: false }).url.href).toBe(
      "https://portal.sso-fips.eu-west-2.amazonaws.com/",
    );
  });

  it("can be replaced", async () => {
    const endpointProvider = () => ({ url: new URL("http://127.0.0.1:9/custom") });
    expect(await sendListAccounts({ region: "us-east-1", endpointProvider })).toBe(
      "http://127.0.0.1:9/custom/assignment/accounts",
    );
  });
});
