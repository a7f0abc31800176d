import type {
  EndpointParameterInstructions,
  EndpointV2,
  HandlerExecutionContext,
  Logger,
  Pluggable,
  Provider,
  RelativeMiddlewareOptions,
  SerializeHandler,
  SerializeHandlerArguments,
  SerializeMiddleware,
} from "@smithy/types";

import type { EndpointParameters } from "../endpoint/EndpointParameters.js";
import { endpointToUrl, type EndpointResolvedConfig, toEndpointV1 } from "../endpoint/resolveEndpointConfig.js";

interface EndpointPluginConfig extends EndpointResolvedConfig {
  logger?: Logger;
  [builtIn: string]: unknown;
}

/** Reads each rule-set parameter from where its instruction says (client config built-ins). */
export const resolveParams = async (
  config: EndpointPluginConfig,
  instructions: EndpointParameterInstructions,
): Promise<EndpointParameters> => {
  const params: EndpointParameters = {};
  for (const [name, instruction] of Object.entries(instructions)) {
    if (instruction.type === "staticContextParams") {
      params[name] = instruction.value;
    } else if (instruction.type === "builtInParams" || instruction.type === "clientContextParams") {
      const source = config[instruction.name];
      const value = typeof source === "function" ? await (source as Provider<unknown>)() : source;
      if (value === undefined) continue;
      params[name] = instruction.name === "endpoint" ? endpointToUrl(value as never) : (value as string | boolean);
    }
  }
  return params;
};

/** Puts the rule set's endpoint for this request's parameters on the context, as `endpointV2`. */
export const endpointMiddleware =
  (config: EndpointPluginConfig, instructions: EndpointParameterInstructions): SerializeMiddleware<any, any> =>
  (next: SerializeHandler<any, any>, context: HandlerExecutionContext) =>
  async (args: SerializeHandlerArguments<any>) => {
    const params = await resolveParams(config, instructions);
    // No endpoint given in code: the one the environment or the shared config file configures, if any.
    if (!config.isCustomEndpoint && config.serviceConfiguredEndpoint) {
      const configured = await config.serviceConfiguredEndpoint();
      if (configured) params.Endpoint = endpointToUrl(toEndpointV1(configured));
    }
    const endpoint: EndpointV2 = config.endpointProvider(params, { logger: config.logger });
    context.endpointV2 = endpoint;
    return next(args);
  };

export const endpointMiddlewareOptions: RelativeMiddlewareOptions & { name: string; override: boolean } = {
  name: "endpointV2Middleware",
  relation: "before",
  toMiddleware: "serializerMiddleware",
  override: true,
};

/** Resolves the endpoint through the rule set before the serializer builds the request. */
export const getEndpointPlugin = (
  config: EndpointPluginConfig,
  instructions: EndpointParameterInstructions,
): Pluggable<any, any> => ({
  applyToStack: (stack) => {
    stack.addRelativeTo(endpointMiddleware(config, instructions), endpointMiddlewareOptions);
  },
});
