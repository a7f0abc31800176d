import type { HttpResponse } from "@smithy/types";

import { getHeader } from "./headers.js";

/**
 * The error code of a restJson1 error response: the `x-amzn-errortype` header first, then the
 * body's `code`, then its `__type`. Services decorate the code (`Code:http://…` or
 * `namespace#Code`), so only the bare shape name is kept.
 */
export const loadRestJsonErrorCode = (response: HttpResponse, body: unknown): string | undefined => {
  const header = getHeader(response.headers, "x-amzn-errortype");
  if (header !== undefined) return sanitizeErrorCode(header);
  if (body && typeof body === "object") {
    const { code, __type } = body as Record<string, unknown>;
    if (typeof code === "string" || typeof code === "number") return sanitizeErrorCode(String(code));
    if (typeof __type === "string") return sanitizeErrorCode(__type);
  }
  return undefined;
};

const sanitizeErrorCode = (raw: string): string => {
  let code = raw;
  // A header may list several values; the first one is the error.
  const comma = code.indexOf(",");
  if (comma >= 0) code = code.slice(0, comma);
  const colon = code.indexOf(":");
  if (colon >= 0) code = code.slice(0, colon);
  const hash = code.indexOf("#");
  if (hash >= 0) code = code.slice(hash + 1);
  return code.trim();
};
