import type { HeaderBag } from "@smithy/types";

/** A response header by name: handlers lower-case names, custom ones may not. */
export const getHeader = (headers: HeaderBag, name: string): string | undefined => {
  const exact = headers[name];
  if (exact !== undefined) return exact;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return headers[key];
  }
  return undefined;
};
