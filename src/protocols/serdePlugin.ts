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

// Where the access token travels (WIRE_NAMES.accessToken), the one secret a request carries.
const WIRE_TOKEN_HEADER = "x-amz-sso_bearer_token";

const HINT = "\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";

const MASK = "***SensitiveInformation***";

/** The text with every occurrence of the secret masked. */
const mask = (text: string, secret: string | undefined): string => (secret && text.includes(secret) ? text.split(secret).join(MASK) : text);

/** What an error may keep of the response: the status line and headers (any echo of the token masked), no body. */
const responseSummary = (response: HttpResponse, token: string | undefined): HttpResponse => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) headers[name] = mask(String(value), token);
  return new __HttpResponse({ statusCode: response.statusCode, reason: response.reason, headers });
};

/** A server or proxy that echoes the access token in an error's message or members does not get it shown. */
const maskToken = (error: Record<string, unknown>, token: string | undefined): void => {
  if (!token) return;
  for (const key of Object.keys(error)) {
    const value = error[key];
    if (typeof value === "string" && value.includes(token)) {
      try {
        error[key] = mask(value, token);
      } catch {
        // a read-only member stays as it is
      }
    }
  }
  if (typeof error.message === "string" && error.message.includes(token)) {
    try {
      error.message = mask(error.message, token);
    } catch {
      // frozen error objects keep their message
    }
  }
};

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
        const token = (args.request as HttpRequest | undefined)?.headers?.[WIRE_TOKEN_HEADER];
        maskToken(error as Record<string, unknown>, token);
        Object.defineProperty(error, "$response", { value: responseSummary(response as HttpResponse, token), enumerable: false, configurable: true });
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
