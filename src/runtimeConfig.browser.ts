import { FetchHttpHandler as RequestHandler, streamCollector } from "@smithy/fetch-http-handler";

import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE } from "./retryDefaults.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";
import type { SSOClientConfig } from "./SSOClient.js";

/** Browser defaults: the fetch handler; no environment variables, no files. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  const clientSharedValues = getSharedRuntimeConfig(config);
  return {
    ...clientSharedValues,
    ...config,
    runtime: "browser",
    maxAttempts: config?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: config?.retryMode ?? DEFAULT_RETRY_MODE,
    // create() keeps any object with a handle() method, else builds the default from options.
    requestHandler: RequestHandler.create(config?.requestHandler as Parameters<typeof RequestHandler.create>[0]),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? false,
    useFipsEndpoint: config?.useFipsEndpoint ?? false,
  };
};
