import { NodeHttpHandler as RequestHandler } from "@smithy/node-http-handler";
import type { Provider } from "@smithy/types";

import { nodeConfiguredEndpoint } from "./config/configuredEndpoint.js";
import { nodeDefaultsMode, nodeMaxAttempts, nodeRetryMode, nodeUserAgentAppId } from "./config/nodeSettings.js";
import { handlerDefaults, retryModeDefault } from "./config/defaultsMode/defaultsModes.js";
import { resolveDefaultsMode } from "./config/defaultsMode/resolveDefaultsMode.js";
import { throwOnRequestTimeoutByDefault } from "./middleware/requestTimeoutErrors.js";
import {
  nodeRegionProvider,
  nodeUseDualstackEndpointProvider,
  nodeUseFipsEndpointProvider,
} from "./config/region/nodeConfigProviders.js";
import { createDefaultUserAgentProvider } from "./middleware/userAgent/defaultUserAgent.js";
import { DEFAULT_MAX_ATTEMPTS } from "./retryDefaults.js";
import { streamCollector } from "./protocols/nodeStreamCollector.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";
import type { SSOClientConfig } from "./SSOClient.js";
import { PACKAGE_VERSION } from "./version.js";

/** Node.js defaults: the node:http handler; region, FIPS and dual-stack also from the environment and shared config files. */
export const getRuntimeConfig = (config: SSOClientConfig) => {
  const clientSharedValues = getSharedRuntimeConfig(config);
  const loaderConfig = { profile: config?.profile, logger: clientSharedValues.logger };
  const defaultsMode = resolveDefaultsMode({
    defaultsMode: config?.defaultsMode ?? nodeDefaultsMode(loaderConfig),
    region: config?.region ?? nodeRegionProvider(loaderConfig),
  });
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: PACKAGE_VERSION }),
    // Not given in code: the environment, then the shared config files, then the defaults.
    maxAttempts: config?.maxAttempts ?? nodeMaxAttempts(loaderConfig, DEFAULT_MAX_ATTEMPTS),
    retryMode: config?.retryMode ?? nodeRetryMode(loaderConfig, retryModeDefault(defaultsMode)),
    userAgentAppId: config?.userAgentAppId ?? nodeUserAgentAppId(loaderConfig),
    // create() keeps any object with a handle() method, else builds the default from options
    // (none given: the defaults mode's connection timeout); timeouts fail the attempt.
    requestHandler: RequestHandler.create(
      throwOnRequestTimeoutByDefault(config?.requestHandler ?? handlerDefaults(defaultsMode)),
    ),
    streamCollector: config?.streamCollector ?? streamCollector,
    // Not given in code: the environment, then the shared config files (read once, on first use).
    region: config?.region ?? (nodeRegionProvider(loaderConfig) as Provider<string>),
    useDualstackEndpoint: config?.useDualstackEndpoint ?? nodeUseDualstackEndpointProvider(loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? nodeUseFipsEndpointProvider(loaderConfig),
    // Only without an `endpoint` option: AWS_ENDPOINT_URL_SSO, AWS_ENDPOINT_URL, then the profile.
    serviceConfiguredEndpoint:
      config?.endpoint === undefined ? nodeConfiguredEndpoint(loaderConfig, clientSharedValues.serviceId) : undefined,
  };
};
