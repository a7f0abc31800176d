import type { Logger, Provider } from "@smithy/types";

import { loadSharedProfile } from "./sharedConfigFiles.js";

/** Where the Node.js runtime looks for settings the client was not given in code. */
export interface NodeConfigOptions {
  /** The shared-file profile to read instead of `AWS_PROFILE` / `default`. */
  profile?: string;
  logger?: Logger;
}

/** Reads once, on first use, then answers from memory, like the original's config loader. */
const memoize = <T>(load: () => Promise<T>): Provider<T> => {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
};

/**
 * The region: `AWS_REGION`, then `region` in the profile. As in the original, the credentials
 * file's value wins over the config file's. `undefined` when none is set: the endpoint rule set
 * then reports the missing region when a command is sent.
 */
export const nodeRegionProvider = ({ profile }: NodeConfigOptions = {}): Provider<string | undefined> =>
  memoize(async () => {
    // Set but empty still counts: the original rejects "" as an invalid region rather than skip it.
    if (process.env.AWS_REGION !== undefined) return process.env.AWS_REGION;
    const shared = await loadSharedProfile(profile);
    return shared.credentials.get("region") ?? shared.config.get("region");
  });

/** "true" or "false" exactly; anything else is skipped, so the next source (or the default) applies. */
const parseFlag = (value: string | undefined, where: string, logger?: Logger): boolean | undefined => {
  if (value === "true") return true;
  if (value === "false") return false;
  if (value !== undefined) logger?.debug?.(`Ignoring ${where}: expected "true" or "false", got ${JSON.stringify(value)}.`);
  return undefined;
};

/**
 * A boolean switch such as FIPS or dual-stack: the environment variable, then the profile's key
 * (the config file's value over the credentials file's), then `false`.
 */
export const nodeFlagProvider = (
  envName: string,
  fileKey: string,
  { profile, logger }: NodeConfigOptions = {}
): Provider<boolean> =>
  memoize(async () => {
    const fromEnv = parseFlag(process.env[envName], `env "${envName}"`, logger);
    if (fromEnv !== undefined) return fromEnv;
    const shared = await loadSharedProfile(profile);
    const fromFile = shared.config.get(fileKey) ?? shared.credentials.get(fileKey);
    return parseFlag(fromFile, `shared config entry "${fileKey}"`, logger) ?? false;
  });

export const nodeUseFipsEndpointProvider = (options?: NodeConfigOptions) =>
  nodeFlagProvider("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", options);

export const nodeUseDualstackEndpointProvider = (options?: NodeConfigOptions) =>
  nodeFlagProvider("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", options);
