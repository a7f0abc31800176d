import { oidcError } from "./errors.js";

/** A request body member read by its model name; a wrong type is a 400 as the service answers. */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw oidcError("InvalidRequestException", `Invalid request: ${key} must be a string`);
  return value;
}

/** A required member (`required` in the model): absent or empty is InvalidRequestException. */
export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === "")
    throw oidcError("InvalidRequestException", `Invalid request: ${key} is required`);
  return value;
}

export function optionalStringList(body: Record<string, unknown>, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw oidcError("InvalidRequestException", `Invalid request: ${key} must be a list of strings`);
  }
  return value as string[];
}

/** The JSON object of a request body; anything else is a bad request. */
export function parseJsonBody(text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw oidcError("InvalidRequestException", "Invalid request: the body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw oidcError("InvalidRequestException", "Invalid request: the body must be a JSON object");
  }
  return value as Record<string, unknown>;
}
