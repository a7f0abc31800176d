import type { Provider } from "@smithy/types";
import { isValidHostLabel } from "@smithy/util-endpoints";

import { getRealRegion, isFipsRegion } from "./fipsRegion.js";

export interface RegionInputConfig {
  /** The AWS region to send requests to, or a provider of it. */
  region?: string | Provider<string>;
  /**
   * The shared config file profile to read settings from (Node.js only), instead of
   * `AWS_PROFILE` or `default`. Unlike `AWS_PROFILE`, it affects this client only.
   */
  profile?: string;
}

interface PreviouslyResolved {
  useFipsEndpoint?: boolean | Provider<boolean>;
}

export interface RegionResolvedConfig {
  /** The region, with any legacy FIPS marker removed; `undefined` when none is configured. */
  region: Provider<string>;
  /** True when a legacy FIPS pseudo-region (`fips-us-east-1`, `us-east-1-fips`) was configured. */
  useFipsEndpoint: Provider<boolean>;
}

/**
 * The region becomes a provider that validates it (it ends up in a host name) and maps a legacy
 * FIPS pseudo-region to the plain region, turning FIPS on. A missing region is not an error here:
 * the endpoint rule set reports it when a command is sent.
 */
export const resolveRegionConfig = <T>(input: T & RegionInputConfig & PreviouslyResolved): T & RegionResolvedConfig => {
  const { region, useFipsEndpoint } = input;
  const configured = async (): Promise<string | undefined> => (typeof region === "function" ? region() : region);
  return {
    ...input,
    region: async () => {
      const value = await configured();
      if (value == null) return value as unknown as string;
      const real = getRealRegion(value);
      if (!isValidHostLabel(real)) {
        throw new Error(`Region not accepted: region="${real}" is not a valid hostname component.`);
      }
      return real;
    },
    useFipsEndpoint: async () => {
      const value = await configured();
      if (typeof value === "string" && isFipsRegion(value)) return true;
      return typeof useFipsEndpoint === "function" ? useFipsEndpoint() : Boolean(useFipsEndpoint);
    },
  };
};
