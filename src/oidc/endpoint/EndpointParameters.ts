import type { ClientInputEndpointParameters } from "../../endpoint/EndpointParameters.js";

export type { ClientInputEndpointParameters, EndpointParameters } from "../../endpoint/EndpointParameters.js";
// Same four parameters (Region, UseDualStack, UseFIPS, Endpoint) as the portal's rule set.
export { commonParams } from "../../endpoint/EndpointParameters.js";

/** The endpoint options after the client resolved their defaults. */
export type ClientResolvedEndpointParameters = Omit<ClientInputEndpointParameters, "endpoint"> & {
  endpoint?: ClientInputEndpointParameters["endpoint"];
  /** The service's signing name, `sso-oauth` (the three operations are sent unsigned). */
  defaultSigningName: string;
};

export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters => ({
  ...options,
  useDualstackEndpoint: options.useDualstackEndpoint ?? false,
  useFipsEndpoint: options.useFipsEndpoint ?? false,
  defaultSigningName: "sso-oauth",
});
