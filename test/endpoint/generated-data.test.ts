import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partitionsData } from "../../src/endpoint/partitions.js";
import { ruleSet } from "../../src/endpoint/ruleset.js";

// The package ships copies; this catches a model update without `node scripts/gen-endpoint-data.mjs`.
const modelDir = new URL("../../../shared/model/", import.meta.url);
const haveModel = existsSync(new URL("sso.json", modelDir));
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, modelDir), "utf8"));

describe.skipIf(!haveModel)("generated endpoint data matches ../shared/model", () => {
  it("ruleset.ts is the service's smithy.rules#endpointRuleSet", () => {
    const model = readJson("sso.json");
    expect(ruleSet).toEqual(model.shapes["com.amazonaws.sso#SWBPortalService"].traits["smithy.rules#endpointRuleSet"]);
  });

  it("partitions.ts is partitions.json", () => {
    expect(partitionsData).toEqual(readJson("partitions.json"));
  });
});
