import { randomBytes } from "node:crypto";

/** `RoleCredentials` in the model. */
export interface RoleCredentials {
  /** A random `ASIA…` key id. */
  accessKeyId: string;
  /** A random secret. */
  secretAccessKey: string;
  /** A random session token. */
  sessionToken: string;
  /** Epoch milliseconds, as the service sends it. */
  expiration: number;
}

// Access key ids use the base32 alphabet; `ASIA` marks temporary (STS) keys.
const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Fresh, random, shaped-like-real credentials valid for `durationSeconds` from `now`. */
export function makeRoleCredentials(now: number, durationSeconds: number): RoleCredentials {
  const keyBytes = randomBytes(16);
  let accessKeyId = "ASIA";
  for (const byte of keyBytes) accessKeyId += KEY_ALPHABET[byte & 31];
  return {
    accessKeyId,
    secretAccessKey: randomBytes(30).toString("base64"),
    sessionToken: randomBytes(240).toString("base64"),
    // STS expirations are whole seconds.
    expiration: Math.floor(now / 1000) * 1000 + durationSeconds * 1000,
  };
}
