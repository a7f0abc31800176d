import { describe, expect, it } from "vitest";
import { createPartition, partition } from "../../src/endpoint/partition.js";
import { partitionsData, type PartitionsData } from "../../src/endpoint/partitions.js";

const AWS = {
  name: "aws",
  dnsSuffix: "amazonaws.com",
  dualStackDnsSuffix: "api.aws",
  supportsFIPS: true,
  supportsDualStack: true,
  implicitGlobalRegion: "us-east-1",
};

describe("aws.partition", () => {
  it("returns all six outputs of the region's partition, and nothing else", () => {
    expect(partition("eu-central-2")).toEqual(AWS);
  });

  it.each([
    [
      "us-gov-west-1",
      {
        name: "aws-us-gov",
        dnsSuffix: "amazonaws.com",
        dualStackDnsSuffix: "api.aws",
        implicitGlobalRegion: "us-gov-west-1",
      },
    ],
    [
      "cn-north-1",
      {
        name: "aws-cn",
        dnsSuffix: "amazonaws.com.cn",
        dualStackDnsSuffix: "api.amazonwebservices.com.cn",
        implicitGlobalRegion: "cn-northwest-1",
      },
    ],
    [
      "us-iso-east-1",
      {
        name: "aws-iso",
        dnsSuffix: "c2s.ic.gov",
        dualStackDnsSuffix: "api.aws.ic.gov",
        implicitGlobalRegion: "us-iso-east-1",
      },
    ],
    [
      "us-isob-west-1",
      {
        name: "aws-iso-b",
        dnsSuffix: "sc2s.sgov.gov",
        dualStackDnsSuffix: "api.aws.scloud",
        implicitGlobalRegion: "us-isob-east-1",
      },
    ],
    [
      "eu-isoe-west-1",
      {
        name: "aws-iso-e",
        dnsSuffix: "cloud.adc-e.uk",
        dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
        implicitGlobalRegion: "eu-isoe-west-1",
      },
    ],
    [
      "us-isof-east-1",
      {
        name: "aws-iso-f",
        dnsSuffix: "csp.hci.ic.gov",
        dualStackDnsSuffix: "api.aws.hci.ic.gov",
        implicitGlobalRegion: "us-isof-south-1",
      },
    ],
    [
      "eusc-de-east-1",
      {
        name: "aws-eusc",
        dnsSuffix: "amazonaws.eu",
        dualStackDnsSuffix: "api.amazonwebservices.eu",
        implicitGlobalRegion: "eusc-de-east-1",
      },
    ],
  ])("%s belongs to its partition", (region, expected) => {
    expect(partition(region)).toEqual({ ...expected, supportsFIPS: true, supportsDualStack: true });
  });

  it("knows all eight partitions", () => {
    expect(partitionsData.partitions.map((p) => p.id).sort()).toEqual([
      "aws",
      "aws-cn",
      "aws-eusc",
      "aws-iso",
      "aws-iso-b",
      "aws-iso-e",
      "aws-iso-f",
      "aws-us-gov",
    ]);
  });

  it("maps every listed region to its own partition", () => {
    for (const p of partitionsData.partitions) {
      for (const region of Object.keys(p.regions)) {
        expect(partition(region).name, region).toBe(p.outputs.name);
      }
    }
  });

  it.each([
    ["us-gov-east-9", "aws-us-gov"], // also shaped like an aws region, but aws's regex needs one word between the dashes
    ["us-iso-south-3", "aws-iso"],
    ["us-isob-north-2", "aws-iso-b"],
    ["us-isof-north-2", "aws-iso-f"],
    ["eu-isoe-south-2", "aws-iso-e"],
    ["cn-east-4", "aws-cn"],
    ["eusc-de-north-1", "aws-eusc"],
    ["mx-south-8", "aws"],
  ])("finds unlisted %s through the regex of %s", (region, name) => {
    expect(partition(region).name).toBe(name);
  });

  it.each(["xx-yy-1", "eusc-fr-east-1", "us-east", "", "constructor", "__proto__", "US-EAST-1"])(
    "falls back to aws for %j",
    (region) => {
      expect(partition(region)).toEqual(AWS);
    },
  );

  it("returns a fresh object each time, so a caller cannot corrupt the data", () => {
    const first = partition("us-east-1");
    first.dnsSuffix = "evil.example";
    expect(partition("us-east-1").dnsSuffix).toBe("amazonaws.com");
  });

  describe("over other data", () => {
    const data: PartitionsData = {
      version: "test",
      partitions: [
        {
          id: "aws",
          outputs: { ...AWS },
          regionRegex: "^(us|eu)\\-\\w+\\-\\d+$",
          regions: {
            "us-east-1": { description: "listed" },
            "us-odd-1": { supportsFIPS: false, dnsSuffix: "odd.example", description: "x" },
          },
        },
        {
          id: "aws-other",
          outputs: { ...AWS, name: "aws-other", dnsSuffix: "other.example" },
          regionRegex: "^us\\-\\w+\\-\\d+$",
          regions: { "eu-west-1": {} },
        },
      ],
    };
    const local = createPartition(data);

    it("merges a region's own outputs over its partition's, without its description", () => {
      expect(local("us-odd-1")).toEqual({ ...AWS, supportsFIPS: false, dnsSuffix: "odd.example" });
    });

    it("prefers an explicit entry in a later partition over an earlier partition's regex", () => {
      expect(local("eu-west-1").name).toBe("aws-other");
    });

    it("takes the first partition whose regex matches", () => {
      expect(local("us-west-2").name).toBe("aws");
    });

    it("fails clearly when there is no aws partition to fall back to", () => {
      const noAws = createPartition({ version: "test", partitions: [{ ...data.partitions[1], id: "other" }] });
      expect(() => noAws("zz-top-1")).toThrow("no 'aws' partition");
    });
  });
});
