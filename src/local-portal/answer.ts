import type { ServerResponse } from "node:http";
import type { PortalError } from "./errors.js";
import { ERROR_TYPE_HEADER, ERROR_TYPE_SUFFIX, REQUEST_ID_HEADER, SERVICE_NAMESPACE } from "./wire.js";

/** A response before it is written: status, serialized body and the error code if any. */
export interface Answer {
  status: number;
  body: string;
  errorType?: string;
}

/** 200 with the output as JSON, or an empty body for operations without output (Logout). */
export function successAnswer(body: unknown): Answer {
  return { status: 200, body: body === undefined ? "" : JSON.stringify(body) };
}

export function errorAnswer(error: PortalError): Answer {
  const body = error.typedBody
    ? { message: error.message, __type: `${SERVICE_NAMESPACE}#${error.code}` }
    : { message: error.message };
  return { status: error.status, body: JSON.stringify(body), errorType: error.code };
}

/** A 200 that claims JSON but is not, for testing clients' deserialization errors. */
export function garbageAnswer(): Answer {
  return { status: 200, body: "<html><body>502 Bad Gateway</body></html>" };
}

export function answerHeaders(
  answer: Answer,
  requestId: string,
  extra?: Record<string, string>,
): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    [REQUEST_ID_HEADER]: requestId,
    "content-length": Buffer.byteLength(answer.body),
  };
  if (answer.body !== "") headers["content-type"] = "application/json";
  if (answer.errorType) headers[ERROR_TYPE_HEADER] = answer.errorType + ERROR_TYPE_SUFFIX;
  return extra ? Object.assign(headers, extra) : headers;
}

export function writeAnswer(res: ServerResponse, headers: Record<string, string | number>, answer: Answer): void {
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/** Sends the headers and half the body, then drops the connection. */
export function writeTruncated(res: ServerResponse, headers: Record<string, string | number>, answer: Answer): void {
  const bytes = Buffer.from(answer.body);
  res.writeHead(answer.status, headers);
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}
