import { resolveDefaultsMode } from "./config/defaultsMode/resolveDefaultsMode.native.js";
import { createDefaultUserAgentProvider } from "./middleware/userAgent/defaultUserAgent.native.js";
import { getRuntimeConfig as getBrowserRuntimeConfig } from "./runtimeConfig.browser.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";
import type { SSOClientConfig } from "./SSOClient.js";
import { PACKAGE_VERSION } from "./version.js";

/** React Native defaults: the browser's (fetch handler), marked as react-native. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  // The browser's defaults, built around React Native's own user agent and `auto` defaults mode.
  const browserDefaults = getBrowserRuntimeConfig({
    ...config,
    defaultsMode: resolveDefaultsMode(config?.defaultsMode),
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createDefaultUserAgentProvider({
        serviceId: getSharedRuntimeConfig(config).serviceId,
        clientVersion: PACKAGE_VERSION,
      }),
  });
  return {
    ...browserDefaults,
    ...config,
    runtime: "react-native",
    defaultsMode: browserDefaults.defaultsMode,
  };
};
