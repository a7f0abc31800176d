import { decorateServiceException } from "@smithy/smithy-client";
import type { HttpResponse, ResponseMetadata } from "@smithy/types";

import { loadRestJsonErrorCode } from "../../protocols/restJsonErrorCode.js";
import { type DeserializeContext, collectBodyString } from "../../protocols/body.js";
import { deserializeMetadata } from "../../protocols/metadata.js";
import { ERROR_BY_OAUTH_CODE, MODELED_ERRORS } from "../models/errors.js";
import { SSOOIDCServiceException } from "../models/SSOOIDCServiceException.js";

type ModeledErrorCtor = new (
  opts: { $metadata: ResponseMetadata; message: string } & Record<string, unknown>,
) => SSOOIDCServiceException;

const parseErrorBody = async (
  response: HttpResponse,
  context: DeserializeContext,
): Promise<Record<string, unknown>> => {
  const text = await collectBodyString(response, context);
  if (text.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // A proxy's HTML page: only the status and headers tell what happened.
    return {};
  }
};

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Turns a non-2xx response into the typed error it stands for and throws it. The code comes
 * from `x-amzn-errortype` (or `__type`/`code`), else from the OAuth `error` member.
 */
export const de_CommandError = async (response: HttpResponse, context: DeserializeContext): Promise<never> => {
  const body = await parseErrorBody(response, context);
  const oauthCode = text(body.error);
  const errorCode =
    loadRestJsonErrorCode(response, body) ?? (oauthCode !== undefined ? ERROR_BY_OAUTH_CODE[oauthCode] : undefined);
  const $metadata = deserializeMetadata(response);
  const { message, Message, ...rest } = body;
  const description = text(body.error_description);
  const messageText = text(message) ?? text(Message) ?? description ?? oauthCode;
  const Modeled =
    errorCode !== undefined && Object.hasOwn(MODELED_ERRORS, errorCode)
      ? (MODELED_ERRORS[errorCode as keyof typeof MODELED_ERRORS] as unknown as ModeledErrorCtor)
      : undefined;
  const members = {
    ...(oauthCode !== undefined && { error: oauthCode }),
    ...(description !== undefined && { error_description: description }),
    ...(text(body.reason) !== undefined && { reason: text(body.reason) }),
  };
  const exception = Modeled
    ? new Modeled({ $metadata, message: messageText as string, ...members })
    : new SSOOIDCServiceException({
        name: errorCode || "Unknown",
        $fault: response.statusCode >= 500 ? "server" : "client",
        $metadata,
        message: messageText,
      });
  throw decorateServiceException(exception, rest);
};
