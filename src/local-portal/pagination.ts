import { invalidRequest } from "./errors.js";
import type { PageTokens } from "./pageTokens.js";
import { MAX_RESULTS_RANGE, type OperationName, QUERY } from "./wire.js";

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * The scope of a listing's page tokens, named the same way by every listing operation: the
 * operation and the values that pick its items (the caller's user, and for roles the account).
 * A token sealed for one scope opens no other. JSON, so no two lists of values give one text.
 */
export const pageScope = (operation: OperationName, ...keys: string[]): string => JSON.stringify([operation, ...keys]);

/**
 * One page of a listing. `scope` ({@link pageScope}) names the listing so its tokens only work for it; the page
 * size is `max_result` (1–100) or `defaultPageSize` when absent.
 */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, string>,
  scope: string,
  tokens: PageTokens,
  defaultPageSize: number,
): Page<T> {
  const pageSize = parseMaxResults(query[QUERY.maxResults], defaultPageSize);
  const start = parseNextToken(query[QUERY.nextToken], scope, tokens);
  const end = Math.min(start + pageSize, items.length);
  const page: Page<T> = { items: items.slice(start, end) };
  if (end < items.length) page.nextToken = tokens.seal(scope, end);
  return page;
}

function parseMaxResults(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= MAX_RESULTS_RANGE.min && value <= MAX_RESULTS_RANGE.max)) {
    throw invalidRequest(
      `Invalid max_result: must be an integer from ${MAX_RESULTS_RANGE.min} to ${MAX_RESULTS_RANGE.max}`,
    );
  }
  return value;
}

function parseNextToken(raw: string | undefined, scope: string, tokens: PageTokens): number {
  // An empty token is what a client sends when it passes "" through; treat it as the start.
  if (raw === undefined || raw === "") return 0;
  const offset = tokens.open(scope, raw);
  if (offset === undefined) throw invalidRequest("Invalid next_token");
  return offset;
}
