import type { IncomingMessage } from "node:http";
import { ACCESS_TOKEN_HEADER, ERROR_TYPE_HEADER, REQUEST_ID_HEADER } from "./wire.js";

/** `true` allows every origin; a list allows only those origins. */
export type CorsOption =
  | boolean
  | {
      /** Origins such as `http://localhost:5173` whose pages may call the emulator. */
      allowOrigins: string[];
    };

// What the SDK sends from a browser; used when a preflight names no headers.
const ALLOWED_HEADERS = [
  ACCESS_TOKEN_HEADER,
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "x-amz-user-agent",
  "content-type",
].join(", ");

// Without these a browser page cannot read the request id or the error type.
const EXPOSED_HEADERS = [REQUEST_ID_HEADER, ERROR_TYPE_HEADER, "x-amz-id-2", "x-amz-cf-id", "date"].join(", ");

/** The CORS headers for a request, or undefined when CORS is off or the origin not allowed. */
export function corsHeaders(cors: CorsOption | undefined, req: IncomingMessage): Record<string, string> | undefined {
  if (!cors) return undefined;
  const origin = req.headers.origin;
  if (cors !== true && (origin === undefined || !cors.allowOrigins.includes(origin))) return undefined;
  // Echo the origin when there is one, so pages that send credentials work too.
  const headers: Record<string, string> = origin
    ? { "access-control-allow-origin": origin, vary: "Origin" }
    : { "access-control-allow-origin": "*" };
  headers["access-control-expose-headers"] = EXPOSED_HEADERS;
  return headers;
}

/** Extra headers answering an `OPTIONS` preflight. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = req.headers["access-control-request-headers"];
  return {
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": requested && requested.trim() !== "" ? requested : ALLOWED_HEADERS,
    "access-control-max-age": "600",
  };
}
