import type { Provider } from "@smithy/types";

export interface RegionInputConfig {
  /** The AWS region to send requests to, or a provider of it. */
  region?: string | Provider<string>;
}

export interface RegionResolvedConfig {
  region: Provider<string>;
}

/** The region becomes a provider; a missing one surfaces as the rule set's error at send time. */
export const resolveRegionConfig = <T>(input: T & RegionInputConfig): T & RegionResolvedConfig => {
  const { region } = input;
  const provider: Provider<string> =
    typeof region === "function" ? region : () => Promise.resolve(region as string);
  return { ...input, region: provider };
};
