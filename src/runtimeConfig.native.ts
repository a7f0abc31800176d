import { getRuntimeConfig as getBrowserRuntimeConfig } from "./runtimeConfig.browser.js";
import type { SSOClientConfig } from "./SSOClient.js";

/** React Native defaults: the browser's (fetch handler), marked as react-native. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  const browserDefaults = getBrowserRuntimeConfig(config);
  return {
    ...browserDefaults,
    ...config,
    runtime: "react-native",
  };
};
