import type {
  DeserializeHandler,
  DeserializeHandlerArguments,
  DeserializeHandlerOptions,
  EndpointV2,
  HandlerExecutionContext,
  HttpRequest,
  HttpResponse,
  Pluggable,
  SerializeHandler,
  SerializeHandlerArguments,
  SerializeHandlerOptions,
} from "@smithy/types";

import { HttpResponse as __HttpResponse } from "@smithy/protocol-http";

import { WIRE_NAMES } from "../protocols/wireNames.js";
import type { DeserializeContext } from "../protocols/body.js";
import { deserializeMetadata } from "../protocols/metadata.js";

export type Serializer<Input> = (input: Input, endpoint: EndpointV2) => HttpRequest;
export type Deserializer<Output> = (response: HttpResponse, context: DeserializeContext) => Promise<Output>;

const HINT =
  "\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";

// Shorter "tokens" are test values that occur in ordinary words ("e", "Session"): masking them
// would garble the service's message while hiding nothing; real access tokens are hundreds of bytes.
const MIN_MASKED_TOKEN_LENGTH = 8;

/** The value with every occurrence of the access token masked, when it is text that holds it. */
const hide = (value: unknown, token: string | undefined): unknown =>
  token && token.length >= MIN_MASKED_TOKEN_LENGTH && typeof value === "string" && value.includes(token)
    ? value.split(token).join("***SensitiveInformation***")
    : value;

// Set by the client from the error code and the status, never from text a server echoes.
const OWN_MEMBERS = new Set(["name", "$fault"]);

/**
 * Keeps the error free of secrets: an access token a server or proxy echoes into the message or a
 * member is masked, and `$response` is only the status line and headers (tokens masked), no body.
 */
const scrub = (error: Record<string, unknown>, response: HttpResponse, token: string | undefined): void => {
  for (const key of [...Object.keys(error), "message"]) {
    if (OWN_MEMBERS.has(key)) continue;
    const value = hide(error[key], token);
    try {
      if (value !== error[key]) error[key] = value;
    } catch {
      // a read-only member stays as it is
    }
  }
  const headers: Record<string, string> = {};
  for (const name in response.headers) headers[name] = hide(response.headers[name], token) as string;
  const summary = new __HttpResponse({ statusCode: response.statusCode, reason: response.reason, headers });
  Object.defineProperty(error, "$response", { value: summary, enumerable: false, configurable: true });
};

/** Builds the request from the input and the endpoint the endpoint middleware resolved. */
export const serializerMiddleware =
  <Input extends object>(serialize: Serializer<Input>) =>
  (next: SerializeHandler<Input, any>, context: HandlerExecutionContext) =>
  async (args: SerializeHandlerArguments<Input>) => {
    const endpoint = context.endpointV2;
    if (!endpoint) throw new Error("No endpoint was resolved for this request: the endpoint middleware did not run.");
    // Like the SDK, a command made without input (`new LogoutCommand()`) is sent as `{}`: its
    // required members are then reported by name instead of as a TypeError.
    return next({ ...args, request: serialize(args.input ?? ({} as Input), endpoint) });
  };

/** Reads the output (or the modeled error) off the response. */
export const deserializerMiddleware =
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
        scrub(
          error as Record<string, unknown>,
          response as HttpResponse,
          (args.request as HttpRequest | undefined)?.headers?.[WIRE_NAMES.accessToken],
        );
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

export const serializerMiddlewareOptions: SerializeHandlerOptions & { name: string; override: boolean } = {
  name: "serializerMiddleware",
  step: "serialize",
  override: true,
};

export const deserializerMiddlewareOptions: DeserializeHandlerOptions & { name: string; override: boolean } = {
  name: "deserializerMiddleware",
  step: "deserialize",
  override: true,
};

/** The command's protocol: its serializer (serialize step) and deserializer (deserialize step). */
export const getSerdePlugin = <Input extends object, Output extends object>(
  config: DeserializeContext,
  serialize: Serializer<Input>,
  deserialize: Deserializer<Output>,
): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(serializerMiddleware(serialize), serializerMiddlewareOptions);
    stack.add(deserializerMiddleware(config, deserialize), deserializerMiddlewareOptions);
  },
});
