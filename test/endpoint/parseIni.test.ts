import { describe, expect, it } from "vitest";

import { parseIni } from "../../src/aws/region/parseIni.js";

const asObject = (text: string) =>
  Object.fromEntries([...parseIni(text)].map(([name, values]) => [name, Object.fromEntries(values)]));

describe("parseIni", () => {
  it("reads sections and their key = value pairs, trimmed", () => {
    expect(asObject("[default]\nregion=us-east-1\n  output =  json  \n\n[profile a]\nregion = eu-west-1\r\n")).toEqual({
      default: { region: "us-east-1", output: "json" },
      "profile a": { region: "eu-west-1" },
    });
  });

  it("drops comments that start a line or follow whitespace, but not a # inside a value", () => {
    expect(asObject("# top\n; top\n[default] # c\nregion = eu-west-1 ; c\nname = a#b\nother=x;y\n")).toEqual({
      default: { region: "eu-west-1", name: "a#b", other: "x;y" },
    });
  });

  it("skips keys of a nested block (a key with no value, then indented lines) until an unindented line", () => {
    expect(asObject("[default]\ns3 =\n  region = eu-west-3\n  max_concurrent_requests = 2\nregion = eu-west-1\n")).toEqual({
      default: { region: "eu-west-1" },
    });
  });

  it("ignores lines before the first section, lines without a key, and lines that start with =", () => {
    expect(asObject("region = x\n[default]\njunk\n= value\nregion = y\n")).toEqual({ default: { region: "y" } });
  });

  it("merges a section that appears twice; a later key wins", () => {
    expect(asObject("[default]\na = 1\nb = 2\n[other]\n[default]\nb = 3\n")).toEqual({ default: { a: "1", b: "3" }, other: {} });
  });

  it("keeps values verbatim after the first =", () => {
    expect(asObject("[default]\nurl = https://x.example/?a=b\nquoted = \"q\"\n")).toEqual({
      default: { url: "https://x.example/?a=b", quoted: '"q"' },
    });
  });

  it("treats __proto__ as an ordinary name", () => {
    const sections = parseIni("[__proto__]\nregion = x\n");
    expect(sections.get("__proto__")?.get("region")).toBe("x");
    expect(({} as Record<string, unknown>).region).toBeUndefined();
  });
});
