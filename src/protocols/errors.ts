import { decorateServiceException } from "@smithy/smithy-client";
import type { HttpResponse, ResponseMetadata } from "@smithy/types";

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
import { loadRestJsonErrorCode } from "./restJsonErrorCode.js";

type ModeledErrorCtor = new (opts: { $metadata: ResponseMetadata; message: string }) => SSOServiceException;

/** The service's modeled errors by code; every operation may return any of them. */
const MODELED_ERRORS: Record<string, ModeledErrorCtor> = {
  InvalidRequestException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UnauthorizedException,
};

/**
 * An error body is JSON when the service sent it; a proxy's HTML page or a truncated body is
 * not (`undefined`), and then only the status and headers tell what happened.
 */
const parseErrorBody = async (
  response: HttpResponse,
  context: DeserializeContext,
): Promise<Record<string, unknown> | undefined> => {
  const text = await collectBodyString(response, context);
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return undefined;
  }
};

/** Turns a non-2xx response into the typed error it stands for, and throws it. */
export const de_CommandError = async (response: HttpResponse, context: DeserializeContext): Promise<never> => {
  const parsed = await parseErrorBody(response, context);
  const body = parsed ?? {};
  const errorCode = loadRestJsonErrorCode(response, body);
  const $metadata = deserializeMetadata(response);
  const { message, Message, ...rest } = body;
  // Not JSON: say what came back, never the body itself (a proxy may echo the request's headers).
  const type = getHeader(response.headers, "content-type");
  const text =
    typeof message === "string"
      ? message
      : typeof Message === "string"
        ? Message
        : parsed
          ? undefined
          : `HTTP ${response.statusCode} answer with a body that is not JSON${type ? ` (content-type ${type})` : ""}`;
  // Own keys only: a code such as "constructor" or "__proto__" must not find Object.prototype's members.
  const Modeled =
    errorCode !== undefined && Object.hasOwn(MODELED_ERRORS, errorCode) ? MODELED_ERRORS[errorCode] : undefined;
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
