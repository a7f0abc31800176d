import type { EndpointV2, Logger } from "@smithy/types";
import { EndpointCache, resolveEndpoint, type EndpointParams, type RuleSetObject } from "@smithy/util-endpoints";

import { withAwsEndpointFunctions } from "./awsEndpointFunctions.js";
import type { EndpointParameters } from "./EndpointParameters.js";

/**
 * A resolver for one rule set, evaluated with the package's own `aws.*` functions. A rule error
 * (e.g. "Invalid Configuration: Missing Region") is thrown as an `EndpointError` whose message is
 * the rule's text. Both clients' rule sets take the same four parameters.
 */
export const createEndpointResolver = (ruleSet: RuleSetObject) => {
  // Called on every request: remember each distinct parameter set's endpoint (errors are not cached).
  const cache = new EndpointCache({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] });
  return (endpointParams: EndpointParameters, context: { logger?: Logger } = {}): EndpointV2 =>
    cache.get(endpointParams as EndpointParams, () =>
      withAwsEndpointFunctions(() =>
        resolveEndpoint(ruleSet, {
          // A copy: the engine writes parameter defaults into the object it is given.
          endpointParams: { ...endpointParams } as EndpointParams,
          logger: context.logger,
        }),
      ),
    );
};
