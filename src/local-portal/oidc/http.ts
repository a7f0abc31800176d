import type { IncomingMessage } from "node:http";
import type { Answer } from "../answer.js";
import type { OidcError } from "./errors.js";
import { OIDC_ERROR_TYPE_SUFFIX } from "./wire.js";

/** An answer with what the OIDC routes add: a content type, a redirect, the error header suffix. */
export interface OidcAnswer extends Answer {
  contentType?: string;
  location?: string;
}

/** Request bodies are small JSON or form posts; anything bigger is refused unread. */
export const BODY_LIMIT = 64 * 1024;

/** The body as text, or undefined when it is over {@link BODY_LIMIT}. */
export function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) over = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(over ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(undefined));
  });
}

export function jsonAnswer(body: unknown): OidcAnswer {
  return { status: 200, body: JSON.stringify(body), contentType: "application/json" };
}

export function oidcErrorAnswer(error: OidcError): OidcAnswer {
  return {
    status: error.status,
    body: JSON.stringify(error.toBody()),
    contentType: "application/json",
    errorType: error.code,
  };
}

export function htmlAnswer(status: number, html: string): OidcAnswer {
  return { status, body: html, contentType: "text/html; charset=utf-8" };
}

export function redirectAnswer(location: string): OidcAnswer {
  return { status: 302, body: "", location };
}

export function oidcAnswerHeaders(
  answer: OidcAnswer,
  requestId: string,
  extra?: Record<string, string>,
): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    "x-amzn-requestid": requestId,
    "content-length": Buffer.byteLength(answer.body),
  };
  if (answer.contentType) headers["content-type"] = answer.contentType;
  if (answer.location) headers.location = answer.location;
  if (answer.errorType) headers["x-amzn-errortype"] = answer.errorType + OIDC_ERROR_TYPE_SUFFIX;
  // Pages hold one-time codes: never cache them, never frame them.
  if (answer.contentType?.startsWith("text/html") || answer.location) {
    headers["cache-control"] = "no-store";
    headers["x-frame-options"] = "DENY";
    headers["referrer-policy"] = "no-referrer";
  }
  return extra ? Object.assign(headers, extra) : headers;
}
