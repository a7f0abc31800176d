/**
 * Strict readers for response members: a member of the wrong type is an error, not coerced.
 * Messages name the type only, never the value: it may be a secret access key or a session token
 * (the raw response stays reachable in the error's hidden `$response`).
 */
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

export const expectString = (value: unknown): string => {
  if (typeof value !== "string") throw new TypeError(`Expected string, got ${describe(value)}`);
  return value;
};

/** A `long` member: an integer within the safe range (epoch milliseconds fit). */
export const expectLong = (value: unknown): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new TypeError(`Expected long, got ${describe(value)}`);
  return value;
};

export const expectObject = (value: unknown): Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`Expected object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
};

export const expectList = (value: unknown): unknown[] => {
  if (!Array.isArray(value)) throw new TypeError(`Expected list, got ${describe(value)}`);
  return value;
};
