import type { HttpResponse, Logger, StreamCollector } from "@smithy/types";

/** What the deserializers need from the client config to read a response body. */
export interface DeserializeContext {
  streamCollector: StreamCollector;
  /** Told about members coerced to the model's type. */
  logger?: Logger;
}

const decoder = new TextDecoder();

/** Reads the whole body as UTF-8 text; an absent body is empty. */
export const collectBodyString = async (response: HttpResponse, context: DeserializeContext): Promise<string> => {
  const body: unknown = response.body;
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  return decoder.decode(await context.streamCollector(body));
};

/**
 * Parses a JSON body; empty means `{}`. Unlike the SDK, a parse failure does not keep the text in
 * `$responseBodyText`: a credentials answer cut short still holds the secrets.
 */
export const parseJsonBody = async (
  response: HttpResponse,
  context: DeserializeContext,
  sensitive = false,
): Promise<unknown> => {
  const text = await collectBodyString(response, context);
  if (text.length === 0) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes about ten characters around the fault: in a credentials answer, part of a secret.
    if (sensitive && error instanceof SyntaxError)
      error.message = error.message.replace(SNIPPET, " in the response body is not valid JSON");
    throw error;
  }
};

const SNIPPET = /, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/;

/** Reads and discards the body so the connection can be reused. */
export const drainBody = async (response: HttpResponse, context: DeserializeContext): Promise<void> => {
  await collectBodyString(response, context);
};
