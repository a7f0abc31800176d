/**
 * Input checks made before anything is sent. Messages name the member and the shape, never a
 * member's value: the access token is sensitive.
 */
export class SSOValidationError extends Error {
  override readonly name = "ValidationError";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, SSOValidationError.prototype);
  }
}

const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** A required string member (model: smithy.api#required). */
export const requiredString = (value: unknown, member: string, shape: string): string => {
  if (value === undefined || value === null) {
    throw new SSOValidationError(`Missing required member '${member}' in ${shape}.`);
  }
  return optionalString(value, member, shape) as string;
};

export const optionalString = (value: unknown, member: string, shape: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw new SSOValidationError(`Member '${member}' in ${shape} must be a string, got ${describe(value)}.`);
  }
  return value;
};

export const optionalInteger = (value: unknown, member: string, shape: string): number | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new SSOValidationError(`Member '${member}' in ${shape} must be an integer, got ${describe(value)}.`);
  }
  return value;
};

// Visible ASCII and Latin-1 without control characters: what an HTTP header value may carry.
const HEADER_SAFE = /^[\x20-\x7e\x80-\xff\t]*$/;

/** The access token travels in a header: reject what would break or smuggle headers. */
export const requiredHeaderString = (value: unknown, member: string, shape: string): string => {
  const text = requiredString(value, member, shape);
  if (!HEADER_SAFE.test(text)) {
    throw new SSOValidationError(
      `Member '${member}' in ${shape} contains characters that cannot be sent in an HTTP header (control characters or characters outside Latin-1).`
    );
  }
  return text;
};
