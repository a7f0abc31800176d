import type {
  DeserializeHandler,
  DeserializeHandlerArguments,
  EndpointV2,
  HandlerExecutionContext,
  HttpRequest,
  HttpResponse,
  Pluggable,
  SerializeHandler,
  SerializeHandlerArguments,
} from "@smithy/types";

import { HttpResponse as __HttpResponse } from "@smithy/protocol-http";

import type { DeserializeContext } from "./body.js";
import { deserializeMetadata } from "./metadata.js";

export type Serializer<Input> = (input: Input, endpoint: EndpointV2) => HttpRequest;
export type Deserializer<Output> = (response: HttpResponse, context: DeserializeContext) => Promise<Output>;

const HINT = "\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";

/** What an error may keep of the response: the status line and headers, no body. */
const responseSummary = (response: HttpResponse): HttpResponse =>
  new __HttpResponse({ statusCode: response.statusCode, reason: response.reason, headers: { ...response.headers } });

const serializerMiddleware =
  <Input extends object>(serialize: Serializer<Input>) =>
  (next: SerializeHandler<Input, any>, context: HandlerExecutionContext) =>
  async (args: SerializeHandlerArguments<Input>) => {
    const endpoint = context.endpointV2;
    if (!endpoint) throw new Error("No endpoint was resolved for this request: the endpoint middleware did not run.");
    return next({ ...args, request: serialize(args.input, endpoint) });
  };

const deserializerMiddleware =
  <Output extends object>(config: DeserializeContext, deserialize: Deserializer<Output>) =>
  (next: DeserializeHandler<any, Output>) =>
  async (args: DeserializeHandlerArguments<any>) => {
    const { response } = await next(args);
    try {
      const output = await deserialize(response as HttpResponse, config);
      return { response, output };
    } catch (error) {
      // The SDK hides the raw response here. Its body stream leads to the socket and the request
      // (whose header block holds the access token), and a 200's body text holds the credentials:
      // ours keeps only the status and headers, so nothing secret is reachable from the error.
      if (error && typeof error === "object") {
        Object.defineProperty(error, "$response", { value: responseSummary(response as HttpResponse), enumerable: false, configurable: true });
        if (!("$metadata" in error)) {
          const failure = error as Error & { $metadata?: unknown };
          try {
            failure.message += HINT;
          } catch {
            // frozen error objects keep their message
          }
          failure.$metadata = deserializeMetadata(response as HttpResponse);
        }
      }
      throw error;
    }
  };

/** The command's protocol: its serializer (serialize step) and deserializer (deserialize step). */
export const getSerdePlugin = <Input extends object, Output extends object>(
  config: DeserializeContext,
  serialize: Serializer<Input>,
  deserialize: Deserializer<Output>
): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(serializerMiddleware(serialize), { name: "serializerMiddleware", step: "serialize", override: true });
    stack.add(deserializerMiddleware(config, deserialize), {
      name: "deserializerMiddleware",
      step: "deserialize",
      override: true,
    });
  },
});
