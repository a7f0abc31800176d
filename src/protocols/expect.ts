import type { Logger } from "@smithy/types";

/**
 * Readers for response members, doing what the AWS SDK releases do: a 2xx answer is never turned
 * into an error because a member has a JSON type other than the model's. Only modeled member
 * names are ever written to the objects returned, so a `__proto__` or `constructor` key in the
 * JSON cannot change their prototype.
 */

/** `null` as well as absent members are left out, as in the SDK. */
export const isSet = (value: unknown): boolean => value !== null && value !== undefined;

/**
 * A top-level string member: a number or boolean becomes its text, with a warning, as smithy's
 * `expectString` does (the warning goes to the client's logger). Anything else is passed on.
 */
export const readTopLevelString = (value: unknown, logger?: Logger): unknown => {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    logger?.warn?.(`Expected string, got ${typeof value}: ${String(value)}`);
    return String(value);
  }
  return value;
};

/** Nested members are passed as they came (the releases do not check them). */
export const asIs = (value: unknown): unknown => value;

/** A `long`: JSON's "NaN", "Infinity" and "-Infinity" strings are numbers, as in the SDK; the rest as it came. */
export const readLong = (value: unknown): unknown =>
  value === "NaN" || value === "Infinity" || value === "-Infinity" ? Number(value) : value;

export type Members = readonly (readonly [name: string, read: (value: unknown) => unknown])[];

/**
 * A structure: only its modeled members, each read by its reader; unknown and null members are
 * dropped. A JSON array counts as an object with none of them (`{}`), and a value that is not an
 * object at all is passed on as it came, as the SDK does.
 */
export const readStructure = (value: unknown, members: Members): unknown => {
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  // Only modeled names are read and written, none of them an Object.prototype key.
  for (const [name, read] of members) {
    const member = source[name];
    if (isSet(member)) result[name] = read(member);
  }
  return result;
};

/**
 * A list: its entries read one by one, null entries dropped (the model's lists are not sparse).
 * Anything that is not an array (an object where a list was expected) is passed on as it came.
 */
export const readList = (value: unknown, read: (item: unknown) => unknown): unknown => {
  if (!Array.isArray(value)) return value;
  const result: unknown[] = [];
  for (const item of value) if (isSet(item)) result.push(read(item));
  return result;
};

/*
 * Strict readers, for the OIDC client's responses (src/oidc/): a member of the wrong type is an
 * error. Messages name the type only, never the value (it may be a token or a client secret).
 */
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

export const expectString = (value: unknown): string => {
  if (typeof value !== "string") throw new TypeError(`Expected string, got ${describe(value)}`);
  return value;
};

/** A `long` member: an integer within the safe range. */
export const expectLong = (value: unknown): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw new TypeError(`Expected long, got ${describe(value)}`);
  return value;
};

export const expectObject = (value: unknown): Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(`Expected object, got ${describe(value)}`);
  return value as Record<string, unknown>;
};
