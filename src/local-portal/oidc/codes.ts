import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** An opaque random value with a prefix saying what it is (real tokens start `aoa`, refresh tokens `aor`). */
export const opaque = (prefix: string, bytes = 32): string => prefix + randomBytes(bytes).toString("base64url");

// RFC 8628 §6.1: consonants only, so a user code never spells a word and is easy to type.
const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

/** A user code shaped like the service's, e.g. `PMPJ-VZCJ`. */
export function newUserCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as a user code: case, spaces and the hyphen do not matter. */
export function normalizeUserCode(typed: string): string {
  const letters = typed.toUpperCase().replace(/[^A-Z]/g, "");
  return letters.length === 8 ? `${letters.slice(0, 4)}-${letters.slice(4)}` : letters;
}

/** RFC 7636 S256: BASE64URL(SHA256(code_verifier)) equals the challenge. */
export function verifierMatches(codeVerifier: string, codeChallenge: string): boolean {
  const computed = Buffer.from(createHash("sha256").update(codeVerifier, "ascii").digest("base64url"));
  const expected = Buffer.from(codeChallenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

/** Constant-time comparison for client secrets. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
