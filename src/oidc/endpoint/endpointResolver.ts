import type { EndpointV2, Logger } from "@smithy/types";
import { EndpointCache, resolveEndpoint, type EndpointParams } from "@smithy/util-endpoints";

import { withAwsEndpointFunctions } from "../../endpoint/awsEndpointFunctions.js";
import type { EndpointParameters } from "../../endpoint/EndpointParameters.js";
import { ruleSet } from "./ruleset.js";

const cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});

/**
 * Evaluates the SSO OIDC endpoint rule set (`https://oidc.{Region}.{dnsSuffix}` and its FIPS and
 * dual-stack forms) with the package's own `aws.partition`. A rule error is thrown as an
 * `EndpointError` whose message is the rule's text.
 */
export const defaultEndpointResolver = (
  endpointParams: EndpointParameters,
  context: { logger?: Logger } = {},
): EndpointV2 =>
  cache.get(endpointParams as EndpointParams, () =>
    withAwsEndpointFunctions(() =>
      resolveEndpoint(ruleSet, {
        // A copy: the engine writes parameter defaults into the object it is given.
        endpointParams: { ...endpointParams } as EndpointParams,
        logger: context.logger,
      }),
    ),
  );
