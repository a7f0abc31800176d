import { FetchHttpHandler as RequestHandler, streamCollector } from "@smithy/fetch-http-handler";

import { handlerDefaults, retryModeDefault } from "./config/defaultsMode/defaultsModes.js";
import { resolveDefaultsMode } from "./config/defaultsMode/resolveDefaultsMode.browser.js";
import { createDefaultUserAgentProvider } from "./middleware/userAgent/defaultUserAgent.browser.js";
import { DEFAULT_MAX_ATTEMPTS } from "./retryDefaults.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";
import type { SSOClientConfig } from "./SSOClient.js";
import { PACKAGE_VERSION } from "./version.js";

/** Browser defaults: the fetch handler; no environment variables, no files. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  const clientSharedValues = getSharedRuntimeConfig(config);
  const defaultsMode = resolveDefaultsMode(config?.defaultsMode);
  return {
    ...clientSharedValues,
    ...config,
    runtime: "browser",
    defaultsMode,
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: PACKAGE_VERSION }),
    maxAttempts: config?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: config?.retryMode ?? retryModeDefault(defaultsMode),
    // create() keeps any object with a handle() method, else builds the default from options
    // (none given: the defaults mode's).
    requestHandler: RequestHandler.create(
      (config?.requestHandler ?? handlerDefaults(defaultsMode)) as Parameters<typeof RequestHandler.create>[0],
    ),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? false,
    useFipsEndpoint: config?.useFipsEndpoint ?? false,
  };
};
