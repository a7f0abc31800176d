import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partitionsData } from "../../src/endpoint/partitions.js";
import { ruleSet } from "../../src/endpoint/ruleset.js";

// The package ships generated copies of the model's endpoint data (scripts/gen-endpoint-data.mjs).
// The facts they must match are kept in this repository, as copied from the SSO Smithy model and
// partitions.json, so the check runs on every checkout: an edit by hand, or a generator that loses
// something, fails here. After a model update, refresh these fixtures with the generated files.
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));

describe("generated endpoint data matches the model's copies in test/endpoint/fixtures", () => {
  it("ruleset.ts is the service's smithy.rules#endpointRuleSet", () => {
    expect(ruleSet).toEqual(fixture("endpoint-rule-set.json").ruleSet);
  });

  it("partitions.ts is partitions.json, every region still listed, without the regions' descriptions", () => {
    const source = fixture("partitions.json") as {
      partitions: { regions: Record<string, { description?: string }> }[];
    };
    // The descriptions are documentation (aws.partition never returns them): the generator drops only them.
    for (const partition of source.partitions) {
      for (const entry of Object.values(partition.regions)) delete entry.description;
    }
    expect(partitionsData).toEqual(source);
    expect(JSON.stringify(partitionsData)).not.toContain('"description"');
  });
});
