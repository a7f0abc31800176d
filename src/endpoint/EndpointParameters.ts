import type { Endpoint, EndpointParameters as __EndpointParameters, EndpointV2, Provider } from "@smithy/types";

/** Client options that feed the endpoint rule set's parameters. */
export interface ClientInputEndpointParameters {
  /** The AWS Region of the portal, e.g. `us-east-1`: the region of the IAM Identity Center instance. */
  region?: string | Provider<string>;
  /** Send to the dual-stack (IPv4 and IPv6) endpoint. Default false. */
  useDualstackEndpoint?: boolean | Provider<boolean>;
  /** Send to the FIPS 140-validated endpoint. Default false. */
  useFipsEndpoint?: boolean | Provider<boolean>;
  /** A custom endpoint URL (or `Endpoint`, or a provider of one) that overrides the rule set. */
  endpoint?: string | Provider<string> | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
}

/** The endpoint options after the client resolved their defaults. */
export type ClientResolvedEndpointParameters = Omit<ClientInputEndpointParameters, "endpoint"> & {
  endpoint?: ClientInputEndpointParameters["endpoint"];
  /** The service's signing name, `awsssoportal` (its operations are sent unsigned). */
  defaultSigningName: string;
};

export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters => ({
  ...options,
  useDualstackEndpoint: options.useDualstackEndpoint ?? false,
  useFipsEndpoint: options.useFipsEndpoint ?? false,
  defaultSigningName: "awsssoportal",
});

/** Where each rule-set parameter comes from: the client's config (built-ins). */
export const commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
} as const;

/** The rule set's parameters, named as in the model. */
export interface EndpointParameters extends __EndpointParameters {
  /** The region to send to. */
  Region?: string;
  /** Whether to use the dual-stack endpoint. */
  UseDualStack?: boolean;
  /** Whether to use the FIPS endpoint. */
  UseFIPS?: boolean;
  /** A custom endpoint URL, which the rule set returns as is. */
  Endpoint?: string;
}
