import { SSOClient } from "@aws-sdk/client-sso";
import { describe, expect, it } from "vitest";
import type { EndpointParameters } from "../../src/endpoint/EndpointParameters.js";
import { defaultEndpointResolver } from "../../src/endpoint/endpointResolver.js";
import { partitionsData } from "../../src/endpoint/partitions.js";

// The reference client's own resolver, reached the public way.
const referenceResolver = new SSOClient({ region: "us-east-1" }).config.endpointProvider;

const outcome = (resolve: (params: EndpointParameters) => { url: URL }, params: EndpointParameters): string => {
  try {
    return resolve({ ...params }).url.href;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

const listed = partitionsData.partitions.flatMap((p) => Object.keys(p.regions));
const unlisted = [
  "us-gov-south-2",
  "cn-south-3",
  "us-iso-north-4",
  "us-isob-south-5",
  "eu-isoe-north-2",
  "us-isof-west-9",
  "eusc-de-west-3",
  "ap-south-9",
  "xx-yy-1",
  "local",
];
const flags = [
  { UseFIPS: false, UseDualStack: false },
  { UseFIPS: true, UseDualStack: false },
  { UseFIPS: false, UseDualStack: true },
  { UseFIPS: true, UseDualStack: true },
];

describe("same endpoints as @aws-sdk/client-sso", () => {
  it.each([...listed, ...unlisted])("%s x FIPS x dual-stack", (region) => {
    for (const flag of flags) {
      const params = { Region: region, ...flag };
      expect(outcome(defaultEndpointResolver, params), JSON.stringify(params)).toBe(outcome(referenceResolver, params));
    }
  });

  it.each<EndpointParameters>([
    { Endpoint: "https://example.com", UseFIPS: false, UseDualStack: false },
    { Endpoint: "http://127.0.0.1:4000/prefix", Region: "eu-west-1", UseFIPS: false, UseDualStack: false },
    { Endpoint: "https://example.com", Region: "us-east-1", UseFIPS: true, UseDualStack: false },
    { Endpoint: "https://example.com", Region: "us-east-1", UseFIPS: false, UseDualStack: true },
    { Endpoint: "https://example.com", UseFIPS: true, UseDualStack: true },
    { UseFIPS: false, UseDualStack: false },
    { UseFIPS: true, UseDualStack: true },
    {},
    { Region: "us-east-1" },
  ])("%j", (params) => {
    expect(outcome(defaultEndpointResolver, params)).toBe(outcome(referenceResolver, params));
  });

  it("covers every region of partitions.json", () => {
    expect(listed.length).toBeGreaterThanOrEqual(50);
  });
});
