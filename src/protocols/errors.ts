import { decorateServiceException } from "@smithy/smithy-client";
import type { HttpResponse, ResponseMetadata } from "@smithy/types";

import { loadRestJsonErrorCode } from "../aws/restJsonErrorCode.js";
import {
  InvalidRequestException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UnauthorizedException,
} from "../models/models_0.js";
import { SSOServiceException } from "../models/SSOServiceException.js";
import { type DeserializeContext, collectBodyString } from "./body.js";
import { getHeader } from "./headers.js";
import { deserializeMetadata } from "./metadata.js";

type ModeledErrorCtor = new (opts: { $metadata: ResponseMetadata; message: string }) => SSOServiceException;

/** The service's modeled errors by code; every operation may return any of them. */
// A Map, not an object literal: a code such as "constructor" or "__proto__" must not find
// Object.prototype's members.
const MODELED_ERRORS: ReadonlyMap<string, ModeledErrorCtor> = new Map<string, ModeledErrorCtor>([
  ["InvalidRequestException", InvalidRequestException],
  ["ResourceNotFoundException", ResourceNotFoundException],
  ["TooManyRequestsException", TooManyRequestsException],
  ["UnauthorizedException", UnauthorizedException],
]);

interface ErrorBody {
  members: Record<string, unknown>;
  /** The body had text that does not parse as JSON (a proxy's HTML page, a truncated answer). */
  notJson: boolean;
}

/**
 * An error body is JSON when the service sent it; a proxy's HTML page or a truncated body is
 * not, and then only the status and headers tell what happened.
 */
const parseErrorBody = async (response: HttpResponse, context: DeserializeContext): Promise<ErrorBody> => {
  const text = await collectBodyString(response, context);
  if (text.trim().length === 0) return { members: {}, notJson: false };
  try {
    const parsed: unknown = JSON.parse(text);
    const isObject = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed);
    return { members: isObject ? (parsed as Record<string, unknown>) : {}, notJson: false };
  } catch {
    return { members: {}, notJson: true };
  }
};

/** Says what came back, never the body itself (a proxy may echo the request's headers). */
const notJsonMessage = (response: HttpResponse): string => {
  const type = getHeader(response.headers, "content-type");
  return `HTTP ${response.statusCode} answer with a body that is not JSON${type ? ` (content-type ${type})` : ""}`;
};

/** Turns a non-2xx response into the typed error it stands for, and throws it. */
export const de_CommandError = async (response: HttpResponse, context: DeserializeContext): Promise<never> => {
  const { members: body, notJson } = await parseErrorBody(response, context);
  const errorCode = loadRestJsonErrorCode(response, body);
  const $metadata = deserializeMetadata(response);
  const { message, Message, ...rest } = body;
  const text =
    typeof message === "string" ? message : typeof Message === "string" ? Message : notJson ? notJsonMessage(response) : undefined;
  const Modeled = errorCode !== undefined ? MODELED_ERRORS.get(errorCode) : undefined;
  const exception = Modeled
    ? new Modeled({ $metadata, message: text as string })
    : new SSOServiceException({
        name: errorCode || "Unknown",
        $fault: response.statusCode >= 500 ? "server" : "client",
        $metadata,
        message: text,
      });
  // Unmodeled members of the body stay readable on the error, as in the reference client.
  throw decorateServiceException(exception, rest);
};
