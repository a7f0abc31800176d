import type { Logger, Provider } from "@smithy/types";

import { sharedProfileFor, valueOf, type SharedConfigSource } from "./sharedConfigFiles.js";

/** Where the Node.js runtime reads settings the client was not given in code (one object per client). */
export interface NodeSettingsLoader extends SharedConfigSource {
  /** Told (at debug level) about values that were set but could not be used. */
  logger?: Logger;
}

/** One setting's names and how its text becomes a value. */
export interface NodeSettingSource<T> {
  /** The environment variable, e.g. `AWS_MAX_ATTEMPTS`. */
  environmentVariable: string;
  /** The shared config file keys, e.g. `max_attempts`; the first one set counts. */
  configFileKeys: string[];
  /** Throws when the text is not a usable value: that source is then skipped. */
  parse: (text: string) => T;
}

/**
 * A setting read on first use, then remembered: the environment variable, else the profile's key
 * in the shared config file (over the credentials file), else the fallback. Empty text counts as
 * unset, and text that does not parse is skipped, as the original client does.
 */
export const nodeSetting = <T>(
  source: NodeSettingSource<T>,
  loader: NodeSettingsLoader,
  fallback: () => T | Promise<T>,
): Provider<T> => {
  const read = (text: string | undefined, where: string): T | undefined => {
    if (!text) return undefined;
    try {
      return source.parse(text);
    } catch (error) {
      loader.logger?.debug?.(`Ignoring ${where}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const load = async (): Promise<T> => {
    const fromEnvironment = read(
      process.env[source.environmentVariable],
      `environment variable ${source.environmentVariable}`,
    );
    if (fromEnvironment !== undefined) return fromEnvironment;
    const profile = await sharedProfileFor(loader);
    for (const key of source.configFileKeys) {
      const fromFile = read(
        valueOf(profile.config, key) ?? valueOf(profile.credentials, key),
        `shared config entry ${key}`,
      );
      if (fromFile !== undefined) return fromFile;
    }
    return fallback();
  };
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};
