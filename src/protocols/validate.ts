// Input checks made before anything is sent. Messages name the member and the shape, never a
// member's value: the access token is sensitive.
import { SSOValidationError } from "../models/SSOValidationError.js";

export { SSOValidationError };

const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** A required string member (model: smithy.api#required). */
export const requiredString = (
  value: unknown,
  member: string,
  shape: string,
  location: MemberLocation = "query",
): string => {
  if (value === undefined || value === null) {
    throw new SSOValidationError(`Missing required member '${member}' in ${shape}.`);
  }
  return optionalString(value, member, shape, location) as string;
};

/**
 * The most bytes one string member may take in the request as sent: percent-encoded in the URL's
 * query, or as is in a header. Every string member travels in the request head, and 8 KiB is the
 * smallest limit common in front of HTTP APIs: CloudFront's 8,192-byte URL, the 8 KiB request line
 * and header field of nginx and Apache (Node's own default is 16 KiB for the whole head). Real
 * values are far shorter (a 12-digit account id, role names of at most 64 characters, tokens of a
 * few hundred bytes to ~2 KiB), so a longer member cannot succeed and fails here, clearly, instead
 * of as a 414/431 or a dropped connection.
 */
export const MAX_STRING_MEMBER_BYTES = 8192;

export type MemberLocation = "query" | "header";

const isUnreserved = (unit: number): boolean =>
  (unit >= 0x30 && unit <= 0x39) ||
  (unit >= 0x41 && unit <= 0x5a) ||
  (unit >= 0x61 && unit <= 0x7a) ||
  unit === 0x2d ||
  unit === 0x2e ||
  unit === 0x5f ||
  unit === 0x7e;

/** Bytes in the query once percent-encoded (RFC 3986 unreserved characters stay as they are). */
const queryLength = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += isUnreserved(unit) ? 1 : 3;
    else if (unit < 0x800) bytes += 6;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 12;
      i++;
    } else bytes += 9;
  }
  return bytes;
};

export const optionalString = (
  value: unknown,
  member: string,
  shape: string,
  location: MemberLocation = "query",
): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw new SSOValidationError(`Member '${member}' in ${shape} must be a string, got ${describe(value)}.`);
  }
  // A header carries one byte per (Latin-1) character; the query 1 to 12 bytes per UTF-16 unit.
  const tooLong =
    value.length > MAX_STRING_MEMBER_BYTES ||
    (location === "query" &&
      value.length * 12 > MAX_STRING_MEMBER_BYTES &&
      queryLength(value) > MAX_STRING_MEMBER_BYTES);
  if (tooLong) {
    throw new SSOValidationError(
      `Member '${member}' in ${shape} is too long: more than ${MAX_STRING_MEMBER_BYTES} bytes (8 KiB) in the request's ${location === "query" ? "URL" : "headers"}.`,
    );
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
  const text = requiredString(value, member, shape, "header");
  if (!HEADER_SAFE.test(text)) {
    throw new SSOValidationError(
      `Member '${member}' in ${shape} contains characters that cannot be sent in an HTTP header (control characters or characters outside Latin-1).`,
    );
  }
  return text;
};
