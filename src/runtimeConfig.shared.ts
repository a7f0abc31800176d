import { NoOpLogger } from "@smithy/smithy-client";

import { defaultEndpointResolver } from "./endpoint/endpointResolver.js";
import type { SSOClientConfig } from "./SSOClient.js";

/** Defaults every runtime shares: the API version, the endpoint rule set, a silent logger. */
export const getRuntimeConfig = (config: SSOClientConfig) => ({
  apiVersion: "2019-06-10",
  endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
  extensions: config?.extensions ?? [],
  logger: config?.logger ?? new NoOpLogger(),
  serviceId: config?.serviceId ?? "SSO",
});
