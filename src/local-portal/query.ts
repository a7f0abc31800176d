/** A request target split into its path and decoded query values (first value wins). */
export interface RequestTarget {
  path: string;
  query: Record<string, string>;
}

/**
 * Splits `req.url`. Values are RFC 3986 percent-decoded as the SDK encodes them: `+` stays
 * a plus sign (URLSearchParams would turn it into a space). Returns undefined for malformed
 * percent-encoding, which the service rejects as a bad request.
 */
export function parseTarget(url: string): RequestTarget | undefined {
  const mark = url.indexOf("?");
  const path = mark === -1 ? url : url.slice(0, mark);
  const query = Object.create(null) as Record<string, string>;
  if (mark === -1) return { path, query };
  for (const pair of url.slice(mark + 1).split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    try {
      const key = decodeURIComponent(rawKey);
      if (!(key in query)) query[key] = decodeURIComponent(rawValue);
    } catch {
      return undefined;
    }
  }
  return { path, query };
}
