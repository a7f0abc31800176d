import { HttpRequest } from "@smithy/protocol-http";
import type {
  AbsoluteLocation,
  BuildHandler,
  BuildHandlerArguments,
  BuildHandlerOptions,
  Pluggable,
} from "@smithy/types";

const TRACE_ID_HEADER = "X-Amzn-Trace-Id";

const hasTraceId = (headers: Record<string, string>) => {
  for (const name in headers) if (name.toLowerCase() === "x-amzn-trace-id") return true;
  return false;
};

/**
 * Inside AWS Lambda (`AWS_LAMBDA_FUNCTION_NAME` set), passes the invocation's X-Ray trace ID
 * (`_X_AMZN_TRACE_ID`) on as `X-Amzn-Trace-Id`, so AWS can spot a function that calls itself
 * through a service. A trace header the request already has is kept. Read per request: the
 * trace ID changes with every invocation. Browsers and React Native have no such environment.
 */
export const recursionDetectionMiddleware =
  () =>
  <Input extends object, Output extends object>(next: BuildHandler<Input, Output>) =>
  async (args: BuildHandlerArguments<Input>) => {
    const { request } = args;
    if (HttpRequest.isInstance(request) && typeof process !== "undefined" && process.env) {
      const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME;
      const traceId = process.env._X_AMZN_TRACE_ID;
      if (functionName && traceId && !hasTraceId(request.headers)) request.headers[TRACE_ID_HEADER] = traceId;
    }
    return next(args);
  };

export const recursionDetectionMiddlewareOptions: BuildHandlerOptions &
  AbsoluteLocation & { name: string; override: boolean } = {
  name: "recursionDetectionMiddleware",
  step: "build",
  priority: "low",
  tags: ["RECURSION_DETECTION"],
  override: true,
};

/** The `X-Amzn-Trace-Id` header inside Lambda. */
export const getRecursionDetectionPlugin = <Input extends object, Output extends object>(): Pluggable<
  Input,
  Output
> => ({
  applyToStack: (stack) => {
    stack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
  },
});
