import { NodeHttpHandler as RequestHandler, streamCollector } from "@smithy/node-http-handler";
import type { Provider } from "@smithy/types";

import {
  nodeRegionProvider,
  nodeUseDualstackEndpointProvider,
  nodeUseFipsEndpointProvider,
} from "./aws/region/nodeConfigProviders.js";
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_MODE } from "./retryDefaults.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";
import type { SSOClientConfig } from "./SSOClient.js";

/** Node.js defaults: the node:http handler; region, FIPS and dual-stack also from the environment and shared config files. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  const clientSharedValues = getSharedRuntimeConfig(config);
  const loaderConfig = { profile: config?.profile, logger: clientSharedValues.logger };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    maxAttempts: config?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: config?.retryMode ?? DEFAULT_RETRY_MODE,
    // create() keeps any object with a handle() method, else builds the default from options.
    requestHandler: RequestHandler.create(config?.requestHandler as Parameters<typeof RequestHandler.create>[0]),
    streamCollector: config?.streamCollector ?? streamCollector,
    // Not given in code: the environment, then the shared config files (read once, on first use).
    region: config?.region ?? (nodeRegionProvider(loaderConfig) as Provider<string>),
    useDualstackEndpoint: config?.useDualstackEndpoint ?? nodeUseDualstackEndpointProvider(loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? nodeUseFipsEndpointProvider(loaderConfig),
  };
};
