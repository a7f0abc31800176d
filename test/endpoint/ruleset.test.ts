import { resolveEndpoint, type EndpointParams } from "@smithy/util-endpoints";
import { describe, expect, it } from "vitest";
import { withAwsEndpointFunctions } from "../../src/endpoint/awsEndpointFunctions.js";
import type { EndpointParameters } from "../../src/endpoint/EndpointParameters.js";
import { defaultEndpointResolver } from "../../src/endpoint/endpointResolver.js";
import { createPartition } from "../../src/endpoint/partition.js";
import { partitionsData, type PartitionsData } from "../../src/endpoint/partitions.js";
import { ruleSet } from "../../src/endpoint/ruleset.js";

/** The URL the resolver picks, or the error message it throws. */
const outcome = (resolve: () => { url: URL }): string => {
  try {
    return resolve().url.href;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};
const resolveWith = (params: EndpointParameters) => outcome(() => defaultEndpointResolver(params));

// Every leaf of the rule set, in the rule set's order, reached with the shipped partitions data.
describe("rule set branches", () => {
  it.each<[string, EndpointParameters, string]>([
    [
      "custom endpoint + FIPS: error",
      { Endpoint: "https://example.com", Region: "us-east-1", UseFIPS: true, UseDualStack: false },
      "error: Invalid Configuration: FIPS and custom endpoint are not supported",
    ],
    [
      "custom endpoint + FIPS + dual-stack: the FIPS error wins",
      { Endpoint: "https://example.com", UseFIPS: true, UseDualStack: true },
      "error: Invalid Configuration: FIPS and custom endpoint are not supported",
    ],
    [
      "custom endpoint + dual-stack: error",
      { Endpoint: "https://example.com", Region: "us-east-1", UseFIPS: false, UseDualStack: true },
      "error: Invalid Configuration: Dualstack and custom endpoint are not supported",
    ],
    [
      "custom endpoint with a region",
      { Endpoint: "https://example.com", Region: "us-east-1", UseFIPS: false, UseDualStack: false },
      "https://example.com/",
    ],
    [
      "custom endpoint without a region",
      { Endpoint: "https://example.com", UseFIPS: false, UseDualStack: false },
      "https://example.com/",
    ],
    [
      "custom endpoint keeps its path, port and http scheme",
      { Endpoint: "http://127.0.0.1:8080/prefix", UseFIPS: false, UseDualStack: false },
      "http://127.0.0.1:8080/prefix",
    ],
    [
      "custom endpoint wins over the region's endpoint",
      { Endpoint: "https://sso.internal.example", Region: "cn-north-1" },
      "https://sso.internal.example/",
    ],
    [
      "FIPS + dual-stack",
      { Region: "us-east-1", UseFIPS: true, UseDualStack: true },
      "https://portal.sso-fips.us-east-1.api.aws/",
    ],
    [
      "FIPS + dual-stack in aws-us-gov uses the generic FIPS dual-stack form",
      { Region: "us-gov-west-1", UseFIPS: true, UseDualStack: true },
      "https://portal.sso-fips.us-gov-west-1.api.aws/",
    ],
    [
      "FIPS only in aws-us-gov: the service's plain regional host, which is FIPS there",
      { Region: "us-gov-west-1", UseFIPS: true, UseDualStack: false },
      "https://portal.sso.us-gov-west-1.amazonaws.com/",
    ],
    [
      "FIPS only in aws-us-gov, region found by regex",
      { Region: "us-gov-north-7", UseFIPS: true, UseDualStack: false },
      "https://portal.sso.us-gov-north-7.amazonaws.com/",
    ],
    [
      "FIPS only elsewhere",
      { Region: "eu-west-1", UseFIPS: true, UseDualStack: false },
      "https://portal.sso-fips.eu-west-1.amazonaws.com/",
    ],
    [
      "dual-stack only",
      { Region: "ap-southeast-2", UseFIPS: false, UseDualStack: true },
      "https://portal.sso.ap-southeast-2.api.aws/",
    ],
    [
      "plain regional endpoint",
      { Region: "sa-east-1", UseFIPS: false, UseDualStack: false },
      "https://portal.sso.sa-east-1.amazonaws.com/",
    ],
    ["UseFIPS / UseDualStack default to false", { Region: "us-west-2" }, "https://portal.sso.us-west-2.amazonaws.com/"],
    [
      "no region and no endpoint: error",
      { UseFIPS: false, UseDualStack: false },
      "error: Invalid Configuration: Missing Region",
    ],
    ["no parameters at all: error", {}, "error: Invalid Configuration: Missing Region"],
    [
      "no region with FIPS and dual-stack: still the missing-region error",
      { UseFIPS: true, UseDualStack: true },
      "error: Invalid Configuration: Missing Region",
    ],
  ])("%s", (_name, params, expected) => {
    expect(resolveWith(params)).toBe(expected);
  });
});

// Each partition: one region listed by name, one found only by the partition's regionRegex,
// under all four FIPS x dual-stack combinations. Suffixes typed from partitions.json.
describe.each([
  { id: "aws", listed: "us-east-1", byRegex: "ap-south-9", dns: "amazonaws.com", dualStack: "api.aws" },
  {
    id: "aws-cn",
    listed: "cn-northwest-1",
    byRegex: "cn-south-3",
    dns: "amazonaws.com.cn",
    dualStack: "api.amazonwebservices.com.cn",
  },
  { id: "aws-us-gov", listed: "us-gov-east-1", byRegex: "us-gov-south-2", dns: "amazonaws.com", dualStack: "api.aws" },
  { id: "aws-iso", listed: "us-iso-west-1", byRegex: "us-iso-north-4", dns: "c2s.ic.gov", dualStack: "api.aws.ic.gov" },
  {
    id: "aws-iso-b",
    listed: "us-isob-east-1",
    byRegex: "us-isob-south-5",
    dns: "sc2s.sgov.gov",
    dualStack: "api.aws.scloud",
  },
  {
    id: "aws-iso-e",
    listed: "eu-isoe-west-1",
    byRegex: "eu-isoe-north-2",
    dns: "cloud.adc-e.uk",
    dualStack: "api.cloud-aws.adc-e.uk",
  },
  {
    id: "aws-iso-f",
    listed: "us-isof-south-1",
    byRegex: "us-isof-west-9",
    dns: "csp.hci.ic.gov",
    dualStack: "api.aws.hci.ic.gov",
  },
  {
    id: "aws-eusc",
    listed: "eusc-de-east-1",
    byRegex: "eusc-de-west-3",
    dns: "amazonaws.eu",
    dualStack: "api.amazonwebservices.eu",
  },
])("partition $id", ({ id, listed, byRegex, dns, dualStack }) => {
  it("lists the named region and not the regex one (so both lookup paths are exercised)", () => {
    const p = partitionsData.partitions.find((entry) => entry.id === id)!;
    expect(Object.keys(p.regions)).toContain(listed);
    expect(Object.keys(p.regions)).not.toContain(byRegex);
    expect(new RegExp(p.regionRegex).test(byRegex)).toBe(true);
  });

  it.each([listed, byRegex])("%s", (region) => {
    const fipsOnly =
      id === "aws-us-gov" ? `https://portal.sso.${region}.amazonaws.com/` : `https://portal.sso-fips.${region}.${dns}/`;
    expect({
      plain: resolveWith({ Region: region, UseFIPS: false, UseDualStack: false }),
      fips: resolveWith({ Region: region, UseFIPS: true, UseDualStack: false }),
      dualStack: resolveWith({ Region: region, UseFIPS: false, UseDualStack: true }),
      fipsDualStack: resolveWith({ Region: region, UseFIPS: true, UseDualStack: true }),
    }).toEqual({
      plain: `https://portal.sso.${region}.${dns}/`,
      fips: fipsOnly,
      dualStack: `https://portal.sso.${region}.${dualStack}/`,
      fipsDualStack: `https://portal.sso-fips.${region}.${dualStack}/`,
    });
  });
});

describe("regions outside every regex", () => {
  it.each<[string, EndpointParameters, string]>([
    [
      "a global pseudo-region is listed, so it keeps its partition",
      { Region: "aws-cn-global" },
      "https://portal.sso.aws-cn-global.amazonaws.com.cn/",
    ],
    ["aws-global", { Region: "aws-global", UseDualStack: true }, "https://portal.sso.aws-global.api.aws/"],
    [
      "aws-iso-f-global",
      { Region: "aws-iso-f-global", UseFIPS: true },
      "https://portal.sso-fips.aws-iso-f-global.csp.hci.ic.gov/",
    ],
    [
      "aws-us-gov-global keeps the us-gov FIPS special case",
      { Region: "aws-us-gov-global", UseFIPS: true },
      "https://portal.sso.aws-us-gov-global.amazonaws.com/",
    ],
    ["an unknown region falls back to aws", { Region: "xx-yy-1" }, "https://portal.sso.xx-yy-1.amazonaws.com/"],
    [
      "an unknown region falls back to aws (FIPS + dual-stack)",
      { Region: "moon-base-1", UseFIPS: true, UseDualStack: true },
      "https://portal.sso-fips.moon-base-1.api.aws/",
    ],
    [
      "a single-label region falls back to aws",
      { Region: "localhost", UseDualStack: true },
      "https://portal.sso.localhost.api.aws/",
    ],
  ])("%s", (_name, params, expected) => {
    expect(resolveWith(params)).toBe(expected);
  });
});

// With today's data every partition supports FIPS and dual-stack, so the rule set's "does not
// support" errors need a partition that does not: our real partition code over a dataset where
// aws-iso has no dual-stack (as it had before partitions.json 1.1) and one aws-iso-b region has no FIPS.
describe("branches only a less capable partition reaches", () => {
  const legacy: PartitionsData = structuredClone(partitionsData);
  legacy.partitions.find((p) => p.id === "aws-iso")!.outputs.supportsDualStack = false;
  legacy.partitions.find((p) => p.id === "aws-iso-b")!.regions["us-isob-west-1"] = { supportsFIPS: false };
  const legacyPartition = createPartition(legacy);
  const resolveLegacy = (params: EndpointParams) =>
    outcome(() =>
      withAwsEndpointFunctions(() => resolveEndpoint(ruleSet, { endpointParams: params }), {
        partition: legacyPartition,
      }),
    );

  it.each<[string, EndpointParams, string]>([
    [
      "FIPS + dual-stack without dual-stack support",
      { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: true },
      "error: FIPS and DualStack are enabled, but this partition does not support one or both",
    ],
    [
      "FIPS + dual-stack without FIPS support",
      { Region: "us-isob-west-1", UseFIPS: true, UseDualStack: true },
      "error: FIPS and DualStack are enabled, but this partition does not support one or both",
    ],
    [
      "FIPS without FIPS support",
      { Region: "us-isob-west-1", UseFIPS: true, UseDualStack: false },
      "error: FIPS is enabled but this partition does not support FIPS",
    ],
    [
      "dual-stack without dual-stack support",
      { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: true },
      "error: DualStack is enabled but this partition does not support DualStack",
    ],
    [
      "the region override only touches its own region",
      { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: false },
      "https://portal.sso-fips.us-isob-east-1.sc2s.sgov.gov/",
    ],
    [
      "plain endpoints are unaffected",
      { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: false },
      "https://portal.sso.us-iso-east-1.c2s.ic.gov/",
    ],
  ])("%s", (_name, params, expected) => {
    expect(resolveLegacy(params)).toBe(expected);
  });
});
