import type { Logger, Provider } from "@smithy/types";

import { sharedProfileFor, valueOf, type SharedConfigSource } from "../sharedConfigFiles.js";

/** Where the Node.js runtime looks for settings the client was not given in code (one object per client). */
export interface NodeConfigOptions extends SharedConfigSource {
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
export const nodeRegionProvider = (options: NodeConfigOptions = {}): Provider<string | undefined> =>
  memoize(async () => {
    // Set but empty still counts: the original rejects "" as an invalid region rather than skip it.
    if (process.env.AWS_REGION !== undefined) return process.env.AWS_REGION;
    const shared = await sharedProfileFor(options);
    return valueOf(shared.credentials, "region") ?? valueOf(shared.config, "region");
  });

/** "true" or "false" exactly; anything else is skipped, so the next source (or the default) applies. */
const parseFlag = (value: string | undefined, where: string, logger?: Logger): boolean | undefined => {
  if (value === "true") return true;
  if (value === "false") return false;
  if (value !== undefined)
    logger?.debug?.(`Ignoring ${where}: expected "true" or "false", got ${JSON.stringify(value)}.`);
  return undefined;
};

/**
 * A boolean switch such as FIPS or dual-stack: the environment variable, then the profile's key
 * (the config file's value over the credentials file's), then `false`.
 */
export const nodeFlagProvider = (
  envName: string,
  fileKey: string,
  options: NodeConfigOptions = {},
): Provider<boolean> =>
  memoize(async () => {
    const { logger } = options;
    const fromEnv = parseFlag(process.env[envName], `env "${envName}"`, logger);
    if (fromEnv !== undefined) return fromEnv;
    const shared = await sharedProfileFor(options);
    const fromFile = valueOf(shared.config, fileKey) ?? valueOf(shared.credentials, fileKey);
    return parseFlag(fromFile, `shared config entry "${fileKey}"`, logger) ?? false;
  });

export const nodeUseFipsEndpointProvider = (options?: NodeConfigOptions) =>
  nodeFlagProvider("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", options);

export const nodeUseDualstackEndpointProvider = (options?: NodeConfigOptions) =>
  nodeFlagProvider("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", options);
