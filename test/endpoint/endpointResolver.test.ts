import { customEndpointFunctions, EndpointError } from "@smithy/util-endpoints";
import { afterEach, describe, expect, it } from "vitest";
import { defaultEndpointResolver } from "../../src/endpoint/endpointResolver.js";

describe("defaultEndpointResolver", () => {
  it("returns an EndpointV2 with a URL object and the rule's (empty) properties and headers", () => {
    const endpoint = defaultEndpointResolver({ Region: "eu-west-3", UseFIPS: false, UseDualStack: false });
    expect(endpoint.url).toBeInstanceOf(URL);
    expect(endpoint.url.href).toBe("https://portal.sso.eu-west-3.amazonaws.com/");
    expect(endpoint.properties).toEqual({});
    expect(endpoint.headers).toEqual({});
  });

  it("throws rule errors as EndpointError carrying the rule's text", () => {
    let caught: unknown;
    try {
      defaultEndpointResolver({ Endpoint: "https://x", UseFIPS: true, UseDualStack: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EndpointError);
    expect((caught as Error).name).toBe("EndpointError");
    expect((caught as Error).message).toBe("Invalid Configuration: FIPS and custom endpoint are not supported");
  });

  it("answers repeated parameter sets from its cache", () => {
    const params = { Region: "ap-northeast-3", UseFIPS: true, UseDualStack: true };
    const first = defaultEndpointResolver(params);
    expect(defaultEndpointResolver({ ...params })).toBe(first);
    expect(defaultEndpointResolver({ ...params, UseDualStack: false })).not.toBe(first);
  });

  it("does not cache errors: a rule error is thrown every time", () => {
    const params = { Region: "us-east-1", Endpoint: "https://example.com", UseFIPS: false, UseDualStack: true };
    expect(() => defaultEndpointResolver(params)).toThrow("Dualstack and custom endpoint");
    expect(() => defaultEndpointResolver(params)).toThrow("Dualstack and custom endpoint");
  });

  it("does not write parameter defaults into the caller's object", () => {
    const params = { Region: "ca-west-1" };
    defaultEndpointResolver(params);
    expect(params).toEqual({ Region: "ca-west-1" });
  });

  it("tells the logger how it decided", () => {
    const lines: string[] = [];
    const logger = { debug: (...args: unknown[]) => lines.push(args.join(" ")), info() {}, warn() {}, error() {} };
    // A region no other test uses, so the cache cannot answer first.
    defaultEndpointResolver({ Region: "il-central-1", UseFIPS: false, UseDualStack: true }, { logger });
    expect(lines.join("\n")).toContain("https://portal.sso.il-central-1.api.aws");
  });

  describe("the shared aws.* function registry", () => {
    const original = customEndpointFunctions.aws;
    afterEach(() => {
      if (original) customEndpointFunctions.aws = original;
      else delete customEndpointFunctions.aws;
    });

    it("uses our partition even when another client registered its own, and restores theirs", () => {
      const theirs = {
        partition: () => ({
          name: "theirs",
          dnsSuffix: "theirs.example",
          dualStackDnsSuffix: "x",
          supportsFIPS: true,
          supportsDualStack: true,
        }),
        parseArn: () => null,
      };
      customEndpointFunctions.aws = theirs;
      expect(
        defaultEndpointResolver({ Region: "me-central-1", UseFIPS: false, UseDualStack: false }).url.hostname,
      ).toBe("portal.sso.me-central-1.amazonaws.com");
      expect(customEndpointFunctions.aws).toBe(theirs);
    });

    it("leaves no aws entry behind when there was none, even after a rule error", () => {
      delete customEndpointFunctions.aws;
      defaultEndpointResolver({ Region: "me-south-1", UseFIPS: true, UseDualStack: false });
      expect(() => defaultEndpointResolver({ UseFIPS: false, UseDualStack: false })).toThrow("Missing Region");
      expect(Object.hasOwn(customEndpointFunctions, "aws")).toBe(false);
    });
  });
});
