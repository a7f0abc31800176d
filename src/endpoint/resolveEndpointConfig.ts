import type { Endpoint, EndpointV2, Logger, Provider } from "@smithy/types";

import type { EndpointParameters } from "./EndpointParameters.js";

/** Turns the rule set's parameters into the endpoint to send to. */
export type EndpointProvider = (params: EndpointParameters, context?: { logger?: Logger }) => EndpointV2;

/** The endpoint options a client accepts. */
export interface EndpointInputConfig {
  /** A custom endpoint: URL string, `Endpoint` object, `EndpointV2`, or a provider of one. */
  endpoint?: string | Endpoint | EndpointV2 | Provider<string> | Provider<Endpoint> | Provider<EndpointV2>;
  /** Resolves the rule set's parameters to an endpoint; the default evaluates the service's rule set. */
  endpointProvider?: EndpointProvider;
  /**
   * The endpoint the environment or the shared config file configures for this service (Node.js:
   * `AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL`, the profile's `services` section or `endpoint_url`);
   * used only when no `endpoint` is given.
   * @internal
   */
  serviceConfiguredEndpoint?: Provider<string | undefined>;
}

interface PreviouslyResolved {
  endpointProvider: EndpointProvider;
  useDualstackEndpoint?: boolean | Provider<boolean>;
  useFipsEndpoint?: boolean | Provider<boolean>;
}

/** The endpoint options as the client resolved them. */
export interface EndpointResolvedConfig {
  /** The custom endpoint, normalized to a provider of an `Endpoint`, when one was given. */
  endpoint?: Provider<Endpoint>;
  /** Resolves the rule set's parameters to an endpoint. */
  endpointProvider: EndpointProvider;
  /** True when `endpoint` was given: the rule set then returns it as is. */
  isCustomEndpoint: boolean;
  /** @internal */
  serviceConfiguredEndpoint?: Provider<string | undefined>;
  useDualstackEndpoint: Provider<boolean>;
  useFipsEndpoint: Provider<boolean>;
}

const toProvider = <T>(value: T | Provider<T>): Provider<T> => {
  if (typeof value === "function") return value as Provider<T>;
  const promise = Promise.resolve(value);
  return () => promise;
};

/** A URL string or `EndpointV2` becomes the `Endpoint` object the original client exposes. */
export const toEndpointV1 = (endpoint: string | Endpoint | EndpointV2): Endpoint => {
  if (typeof endpoint === "object" && "url" in endpoint) return toEndpointV1(endpoint.url.href);
  if (typeof endpoint !== "string") return endpoint;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TypeError(`Invalid endpoint: ${JSON.stringify(endpoint)} is not an absolute URL.`);
  }
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
  };
};

/** The rule set's `Endpoint` parameter is a URL string. */
export const endpointToUrl = (endpoint: Endpoint): string =>
  `${endpoint.protocol}//${endpoint.hostname}${endpoint.port ? `:${endpoint.port}` : ""}${endpoint.path ?? ""}`;

export const resolveEndpointConfig = <T>(
  input: T & EndpointInputConfig & PreviouslyResolved,
): T & EndpointResolvedConfig => {
  const { endpoint } = input;
  let endpointV1: Provider<Endpoint> | undefined;
  if (typeof endpoint === "function") {
    const provider = endpoint as Provider<string | Endpoint | EndpointV2>;
    endpointV1 = async () => toEndpointV1(await provider());
  } else if (endpoint !== undefined) {
    // A fixed endpoint is parsed once, on first use (a bad URL still fails at send time), not per request.
    let parsed: Promise<Endpoint> | undefined;
    endpointV1 = () => (parsed ??= Promise.resolve(endpoint).then(toEndpointV1));
  }
  return {
    ...input,
    endpoint: endpointV1,
    isCustomEndpoint: endpoint !== undefined,
    useDualstackEndpoint: toProvider(input.useDualstackEndpoint ?? false),
    useFipsEndpoint: toProvider(input.useFipsEndpoint ?? false),
  };
};
