import { getRuntimeConfig as getPortalRuntimeConfig } from "../runtimeConfig.js";
import { configuredEndpoint } from "./endpoint/configuredEndpoint.js";
import { defaultEndpointResolver } from "./endpoint/endpointResolver.js";
import type { SSOOIDCClientConfig } from "./SSOOIDCClient.js";

/**
 * The portal client's defaults for this runtime (handler, region, retry, user agent, defaults
 * mode: one implementation, swapped per runtime by the package's browser/react-native maps),
 * with this service's ID, rule set and configured endpoint.
 */
export const getRuntimeConfig = (config: SSOOIDCClientConfig) => {
  const endpoint = config.endpoint ?? configuredEndpoint("SSO OIDC");
  return getPortalRuntimeConfig({
    ...config,
    serviceId: config.serviceId ?? "SSO OIDC",
    endpointProvider: config.endpointProvider ?? defaultEndpointResolver,
    ...(endpoint !== undefined && { endpoint }),
  });
};
