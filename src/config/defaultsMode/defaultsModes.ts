import {
  type DefaultsMode,
  type DefaultsModeConfigs,
  loadConfigsForDefaultMode,
  type ResolvedDefaultsMode,
} from "@smithy/smithy-client";
import type { Provider } from "@smithy/types";

import { DEFAULT_RETRY_MODE } from "../../retryDefaults.js";

/** The `defaultsMode` option: a mode or a provider of one. */
export type DefaultsModeInput = DefaultsMode | Provider<DefaultsMode> | undefined;

const MODES: readonly string[] = ["standard", "in-region", "cross-region", "mobile", "legacy"];

/**
 * The mode a `defaultsMode` value names, `auto` left for the runtime to decide; none is
 * `legacy` (the original's default: no timeouts of its own). Any case is accepted.
 */
export const readDefaultsMode = async (input: DefaultsModeInput): Promise<DefaultsMode> => {
  const mode = typeof input === "function" ? await input() : input;
  if (mode === undefined || mode === null) return "legacy";
  const name = String(mode).toLowerCase();
  if (name === "auto" || MODES.includes(name)) return name as DefaultsMode;
  throw new Error(
    `Invalid defaultsMode ${JSON.stringify(mode)}: use one of standard, in-region, cross-region, mobile, legacy, auto.`,
  );
};

/** Remembers the first answer (or failure), as every caller must see the same mode. */
export const once = <T>(load: () => Promise<T>): Provider<T> => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};

/**
 * The HTTP handler's options from the defaults mode (its connection timeout). An invalid mode
 * gives none here, as the handler reads them at construction: sending reports it instead.
 */
export const handlerDefaults =
  (defaultsMode: Provider<ResolvedDefaultsMode>) => async (): Promise<DefaultsModeConfigs> =>
    defaultsMode().then(loadConfigsForDefaultMode, () => ({}));

/** The retry mode the defaults mode picks, else `standard`; an invalid mode rejects every call. */
export const retryModeDefault =
  (defaultsMode: Provider<ResolvedDefaultsMode>): Provider<string> =>
  async () =>
    loadConfigsForDefaultMode(await defaultsMode()).retryMode ?? DEFAULT_RETRY_MODE;
