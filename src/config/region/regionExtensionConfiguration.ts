import type { Provider } from "@smithy/types";

/** The region, as an extension's `configure(config)` may read and replace it. */
export interface RegionExtensionConfiguration {
  /** Replaces the region the client sends to: a region name or a provider of one. */
  setRegion(region: string | Provider<string>): void;
  /** The region as currently configured: a region name or a provider of one. */
  region(): string | Provider<string>;
}

interface RegionRuntimeConfig {
  region?: string | Provider<string>;
}

/** Reads and writes the client configuration's `region` directly. */
export const getRegionExtensionConfiguration = (runtimeConfig: RegionRuntimeConfig): RegionExtensionConfiguration => ({
  setRegion(region) {
    runtimeConfig.region = region;
  },
  region() {
    return runtimeConfig.region as string | Provider<string>;
  },
});

/**
 * The region the extensions left, to write back into the client configuration; a string becomes
 * a provider, so `client.config.region()` works whichever form an extension set.
 */
export const resolveRegionRuntimeConfig = (
  configuration: RegionExtensionConfiguration,
): { region: Provider<string> } => {
  const region = configuration.region();
  return { region: typeof region === "function" ? region : () => Promise.resolve(region) };
};
