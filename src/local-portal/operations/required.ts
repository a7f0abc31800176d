import { invalidRequest } from "../errors.js";

/** A required query member (`smithy.api#required`); absent or empty is a 400. */
export function requireQuery(query: Record<string, string>, key: string): string {
  const value = query[key];
  if (value === undefined || value === "") throw invalidRequest(`Missing required parameter: ${key}`);
  return value;
}
