// Before the useFipsEndpoint option existed, FIPS was chosen through pseudo-regions such as
// "fips-us-east-1" or "us-east-1-fips". They still work: they mean the plain region with FIPS on.

/** A legacy FIPS pseudo-region: "fips-" prefix or "-fips" suffix (case-sensitive, as in the original). */
export const isFipsRegion = (region: string): boolean => region.startsWith("fips-") || region.endsWith("-fips");

/** The region a FIPS pseudo-region stands for; any other region unchanged. */
export const getRealRegion = (region: string): string => {
  if (!isFipsRegion(region)) return region;
  // The global pseudo-regions have no regional host of their own.
  if (region === "fips-aws-global" || region === "aws-fips") return "us-east-1";
  // One marker goes: the first "fips-" (with the old "dkr-"/"prod-" qualifiers), else the "-fips" suffix.
  return region.replace(/fips-(dkr-|prod-)?|-fips/, "");
};
