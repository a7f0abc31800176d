import { getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig } from "@smithy/protocol-http";
import { getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig } from "@smithy/smithy-client";

import {
  getRegionExtensionConfiguration,
  resolveRegionRuntimeConfig,
} from "./config/region/regionExtensionConfiguration.js";
import type { SSOExtensionConfiguration } from "./extensionConfiguration.js";

/** A client extension: it sees the resolved configuration and may replace parts of it. */
export interface RuntimeExtension {
  /** Called once while the client is constructed; may read and replace configuration parts. */
  configure(extensionConfiguration: SSOExtensionConfiguration): void;
}

/** The extensions a client was given. */
export interface RuntimeExtensionsConfig {
  extensions: RuntimeExtension[];
}

/** Runs each extension over the configuration, then writes back what they changed. */
export const resolveRuntimeExtensions = <T extends object>(runtimeConfig: T, extensions: RuntimeExtension[]): T => {
  if (extensions.length === 0) return runtimeConfig;
  const extensionConfiguration: SSOExtensionConfiguration = Object.assign(
    getRegionExtensionConfiguration(runtimeConfig as never),
    getDefaultExtensionConfiguration(runtimeConfig as never),
    getHttpHandlerExtensionConfiguration(runtimeConfig as never),
  );
  for (const extension of extensions) extension.configure(extensionConfiguration);
  return Object.assign(
    runtimeConfig,
    resolveRegionRuntimeConfig(extensionConfiguration),
    resolveDefaultRuntimeConfig(extensionConfiguration),
    resolveHttpHandlerRuntimeConfig(extensionConfiguration),
  );
};
