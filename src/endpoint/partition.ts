import { partitionsData, type PartitionOutputs, type PartitionsData, type RegionEntry } from "./partitions.js";

const OUTPUT_KEYS = [
  "name",
  "dnsSuffix",
  "dualStackDnsSuffix",
  "supportsFIPS",
  "supportsDualStack",
  "implicitGlobalRegion",
] as const;

/** A region entry's outputs only: its `description` is documentation, not a partition attribute. */
const overridesOf = (entry: RegionEntry): Partial<PartitionOutputs> => {
  const overrides: Record<string, unknown> = {};
  for (const key of OUTPUT_KEYS) {
    if (entry[key] !== undefined) overrides[key] = entry[key];
  }
  return overrides;
};

/**
 * Builds the rules-engine function `aws.partition(region)` over one partitions dataset: an
 * explicitly listed region first (its own outputs override the partition's), then the first
 * partition whose `regionRegex` matches, and otherwise the `aws` partition, so a region launched
 * after this copy of the data still gets a plausible endpoint.
 */
export const createPartition = (data: PartitionsData): ((region: string) => PartitionOutputs) => {
  // Compiled once: partition() runs on every endpoint-cache miss.
  const patterns = data.partitions.map((p) => ({ p, pattern: new RegExp(p.regionRegex) }));
  const fallback = data.partitions.find((p) => p.id === "aws");
  return (region) => {
    for (const p of data.partitions) {
      // hasOwn, not `in`: a region named "constructor" must not match Object.prototype.
      if (Object.hasOwn(p.regions, region)) return { ...p.outputs, ...overridesOf(p.regions[region]) };
    }
    const matched = patterns.find(({ pattern }) => pattern.test(region));
    if (matched) return { ...matched.p.outputs };
    if (!fallback) throw new Error("partitions data has no 'aws' partition to fall back to");
    return { ...fallback.outputs };
  };
};

/** `aws.partition` over the partitions.json copy shipped with this package. */
export const partition = createPartition(partitionsData);
