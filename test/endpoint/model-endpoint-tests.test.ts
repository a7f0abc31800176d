import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { EndpointParameters } from "../../src/endpoint/EndpointParameters.js";
import { defaultEndpointResolver } from "../../src/endpoint/endpointResolver.js";
import { partition } from "../../src/endpoint/partition.js";

interface EndpointTestCase {
  documentation: string;
  params?: EndpointParameters;
  expect: { endpoint: { url: string } } | { error: string };
}
const { testCases } = JSON.parse(readFileSync(new URL("./fixtures/endpoint-tests.json", import.meta.url), "utf8")) as {
  testCases: EndpointTestCase[];
};

// These cases were written when aws-iso and aws-iso-b had no dual-stack. partitions.json 1.1 (ours,
// and the reference client's) says they have it, so the rule set now yields the dual-stack host.
const superseded: Record<string, { region: string; url: string }> = {
  "For region us-iso-east-1 with FIPS enabled and DualStack enabled": {
    region: "us-iso-east-1",
    url: "https://portal.sso-fips.us-iso-east-1.api.aws.ic.gov",
  },
  "For region us-iso-east-1 with FIPS disabled and DualStack enabled": {
    region: "us-iso-east-1",
    url: "https://portal.sso.us-iso-east-1.api.aws.ic.gov",
  },
  "For region us-isob-east-1 with FIPS enabled and DualStack enabled": {
    region: "us-isob-east-1",
    url: "https://portal.sso-fips.us-isob-east-1.api.aws.scloud",
  },
  "For region us-isob-east-1 with FIPS disabled and DualStack enabled": {
    region: "us-isob-east-1",
    url: "https://portal.sso.us-isob-east-1.api.aws.scloud",
  },
};

const outcome = (params: EndpointParameters): { url: string } | { error: string } => {
  try {
    // The model writes URLs without the trailing "/" that URL.href adds to a bare origin.
    return { url: defaultEndpointResolver(params).url.href.replace(/\/$/, "") };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe("the model's smithy.rules#endpointTests", () => {
  it("has all its cases", () => {
    expect(testCases).toHaveLength(44);
  });

  it.each(testCases.filter((c) => !(c.documentation in superseded)).map((c) => [c.documentation, c] as const))(
    "%s",
    (_doc, testCase) => {
      const expected =
        "error" in testCase.expect ? { error: testCase.expect.error } : { url: testCase.expect.endpoint.url };
      expect(outcome({ ...testCase.params })).toEqual(expected);
    },
  );

  it.each(Object.entries(superseded))("%s (superseded by partitions.json 1.1)", (doc, { region, url }) => {
    const testCase = testCases.find((c) => c.documentation === doc)!;
    expect("error" in testCase.expect).toBe(true);
    expect(partition(region).supportsDualStack).toBe(true);
    expect(outcome({ ...testCase.params })).toEqual({ url });
  });
});
