import { HttpRequest } from "@smithy/protocol-http";
import {
  SMITHY_CONTEXT_KEY,
  type AbsoluteLocation,
  type BuildHandler,
  type BuildHandlerArguments,
  type BuildHandlerOptions,
  type HandlerExecutionContext,
  type Pluggable,
  type Provider,
  type RetryStrategy,
  type RetryStrategyV2,
  type UserAgent,
} from "@smithy/types";

import { PACKAGE_NAME } from "../../version.js";
import { encodeMetrics, formatUserAgentPair } from "./formatUserAgent.js";

export interface UserAgentPluginConfig {
  runtime: string;
  defaultUserAgentProvider: Provider<UserAgent>;
  customUserAgent?: UserAgent;
  userAgentAppId: Provider<string | undefined>;
  retryStrategy: Provider<RetryStrategy | RetryStrategyV2>;
  isCustomEndpoint?: boolean;
}

type Features = Record<string, string>;

/** What every request of a client shares, worked out on its first request. */
interface Prepared {
  defaults: string[];
  /** Set by the endpoint, before any other middleware's features. */
  endpointMetrics: Features;
  /** Set while the user agent is built, after the others. */
  retryMetrics: Features;
  appId?: string;
  custom: string[];
  userAgent: string;
  xAmzUserAgent: string;
}

// The business metrics' letters this client can earn (the AWS SDKs' shared table).
const ENDPOINT_OVERRIDE = "N";
const RETRY_MODE_LETTERS: Record<string, string | undefined> = { standard: "E", adaptive: "F" };

// The SDK's own name/version goes in `x-amz-user-agent` too; proxies may rewrite `user-agent`.
const isSdkSection = (section: string) => section.startsWith("aws-sdk-") || section.startsWith(`${PACKAGE_NAME}/`);

const compose = (
  defaults: string[],
  metrics: Features,
  appId: string | undefined,
  extra: string[],
  custom: string[],
) => {
  const full = [...defaults, `m/${encodeMetrics(metrics)}`];
  if (appId) full.push(formatUserAgentPair(["app", appId]));
  full.push(...extra, ...custom);
  return {
    userAgent: full.join(" "),
    xAmzUserAgent: [...defaults.filter(isSdkSection), ...custom].join(" "),
  };
};

const prepare = async (config: UserAgentPluginConfig): Promise<Prepared> => {
  const [defaultPairs, appId, retryStrategy] = await Promise.all([
    config.defaultUserAgentProvider(),
    config.userAgentAppId(),
    config.retryStrategy(),
  ]);
  const endpointMetrics: Features = config.isCustomEndpoint ? { ENDPOINT_OVERRIDE } : {};
  const mode = (retryStrategy as { mode?: unknown }).mode;
  const retryLetter = typeof mode === "string" ? RETRY_MODE_LETTERS[mode] : undefined;
  const retryMetrics: Features = retryLetter ? { [`RETRY_MODE_${String(mode).toUpperCase()}`]: retryLetter } : {};
  const defaults = defaultPairs.map(formatUserAgentPair);
  const custom = (config.customUserAgent ?? []).map(formatUserAgentPair);
  const metrics = { ...endpointMetrics, ...retryMetrics };
  return { defaults, endpointMetrics, retryMetrics, appId, custom, ...compose(defaults, metrics, appId, [], custom) };
};

interface FeatureBearer {
  features?: Features;
}

/**
 * Sets `user-agent` and `x-amz-user-agent` (browsers forbid `user-agent`: there the whole value
 * goes in `x-amz-user-agent`). The value is built once per client; a request only pays for
 * rebuilding it when a middleware added features or user agent pairs to its context.
 */
export const userAgentMiddleware = (config: UserAgentPluginConfig) => {
  let prepared: Promise<Prepared> | undefined;
  // The settings it was built from: a change (rare, but the config is mutable) rebuilds it.
  const snapshot = () => [
    config.customUserAgent,
    config.userAgentAppId,
    config.defaultUserAgentProvider,
    config.retryStrategy,
  ];
  let from = snapshot();
  const changed = () => snapshot().some((setting, i) => setting !== from[i]);
  return <Input extends object, Output extends object>(
      next: BuildHandler<Input, Output>,
      context: HandlerExecutionContext,
    ) =>
    async (args: BuildHandlerArguments<Input>) => {
      const { request } = args;
      if (!HttpRequest.isInstance(request)) return next(args);
      if (!prepared || changed()) {
        from = snapshot();
        const attempt = prepare(config);
        prepared = attempt;
        // A failed lookup (say, an invalid setting) is tried again by the next request.
        attempt.catch(() => {
          if (prepared === attempt) prepared = undefined;
        });
      }
      const base = await prepared;
      let { userAgent, xAmzUserAgent } = base;
      const smithyFeatures = (context[SMITHY_CONTEXT_KEY] as FeatureBearer | undefined)?.features;
      const awsFeatures = (context as { __aws_sdk_context?: FeatureBearer }).__aws_sdk_context?.features;
      if (smithyFeatures || awsFeatures || context.userAgent?.length) {
        const metrics = { ...base.endpointMetrics, ...smithyFeatures, ...awsFeatures, ...base.retryMetrics };
        const extra = (context.userAgent ?? []).map(formatUserAgentPair);
        ({ userAgent, xAmzUserAgent } = compose(base.defaults, metrics, base.appId, extra, base.custom));
      }
      const { headers } = request;
      if (config.runtime === "browser") {
        headers["x-amz-user-agent"] = userAgent;
      } else {
        if (xAmzUserAgent) {
          const existing = headers["x-amz-user-agent"];
          headers["x-amz-user-agent"] = existing ? `${existing} ${xAmzUserAgent}` : xAmzUserAgent;
        }
        headers["user-agent"] = userAgent;
      }
      return next(args);
    };
};

export const userAgentMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation & { name: string; override: boolean } =
  {
    name: "getUserAgentMiddleware",
    step: "build",
    priority: "low",
    tags: ["SET_USER_AGENT", "USER_AGENT"],
    override: true,
  };

/** The user agent headers, in the AWS SDKs' format. */
export const getUserAgentPlugin = <Input extends object, Output extends object>(
  config: UserAgentPluginConfig,
): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(userAgentMiddleware(config), userAgentMiddlewareOptions);
  },
});
