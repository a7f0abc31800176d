import { customEndpointFunctions, type EndpointFunctions } from "@smithy/util-endpoints";
import { partition } from "./partition.js";

/** The `aws.*` functions our rule set calls; the rest (isSet, getAttr, ...) are built into the engine. */
export const awsEndpointFunctions: EndpointFunctions = { partition };

/**
 * Runs one (synchronous) rule-set evaluation with our `aws` functions installed.
 *
 * The engine looks functions up in a process-wide registry that @aws-sdk/* clients also write to
 * (with more functions, and their own partitions data). Installing ours only for the evaluation
 * means we never break another client's `aws.parseArn` and they never swap our partition data.
 */
export const withAwsEndpointFunctions = <T>(
  evaluate: () => T,
  functions: EndpointFunctions = awsEndpointFunctions,
): T => {
  const hadAws = Object.hasOwn(customEndpointFunctions, "aws");
  const previous = customEndpointFunctions.aws;
  customEndpointFunctions.aws = functions;
  try {
    return evaluate();
  } finally {
    if (hadAws) customEndpointFunctions.aws = previous!;
    else delete customEndpointFunctions.aws;
  }
};
