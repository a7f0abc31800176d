import { createHash } from "node:crypto";
import { join } from "node:path";

import { MAX_CACHE_FILE_BYTES, readBoundedFile } from "../util/readBoundedFile.js";
import { writeFileAtomic } from "./atomicFile.js";
import { type Environment, ssoCacheDirectory } from "./paths.js";

/**
 * A token file of `~/.aws/sso/cache`, in the members the AWS CLI, botocore and the AWS SDKs read
 * and write. Times are ISO 8601 text in the file, `Date`s here.
 */
export interface SsoToken {
  /** The access portal URL the token is for. */
  startUrl?: string;
  /** The IAM Identity Center region that issued it. */
  region?: string;
  /** The bearer token of the portal API. Secret. */
  accessToken: string;
  /** When the access token expires. */
  expiresAt: Date;
  /** The client registration that got the token: used to refresh it. */
  clientId?: string;
  /** The registration's secret. Secret. */
  clientSecret?: string;
  /** When the registration expires: no refresh after that. */
  registrationExpiresAt?: Date;
  /** Gets a new access token through `CreateToken`. Secret. */
  refreshToken?: string;
}

/** The cache key: the sso-session name, or the start URL for a legacy profile. */
export const tokenCacheKey = (target: { ssoSession?: string; startUrl: string }): string =>
  target.ssoSession ?? target.startUrl;

/** `~/.aws/sso/cache/<SHA-1 of the key>.json`. */
export const tokenFilePath = (key: string, env: Environment = process.env): string =>
  join(ssoCacheDirectory(env), `${createHash("sha1").update(key, "utf8").digest("hex")}.json`);

/** ISO 8601; older AWS CLI versions wrote "UTC" where "Z" belongs. */
export const parseTime = (value: unknown): Date | undefined => {
  if (typeof value !== "string") return undefined;
  const date = new Date(value.replace(/UTC$/, "Z"));
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** As the AWS CLI writes it: `2026-01-01T00:00:00Z`, whole seconds. */
export const formatTime = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

const optionalText = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/** Why a token file could not be used, without any of its content. */
export class TokenFileError extends Error {
  override readonly name = "TokenFileError";
  constructor(
    message: string,
    readonly reason: "missing" | "malformed",
  ) {
    super(message);
  }
}

/** Parses a token file's text; throws `TokenFileError` naming what is wrong (never quoting it). */
export const parseTokenFile = (text: string, path: string): SsoToken => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error: it would print the token.
    throw new TokenFileError(`the SSO token cache file ${path} is not JSON`, "malformed");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new TokenFileError(`the SSO token cache file ${path} is not a JSON object`, "malformed");
  }
  const record = data as Record<string, unknown>;
  const accessToken = optionalText(record.accessToken);
  const expiresAt = parseTime(record.expiresAt);
  if (!accessToken) throw new TokenFileError(`the SSO token cache file ${path} has no accessToken`, "malformed");
  if (!expiresAt) throw new TokenFileError(`the SSO token cache file ${path} has no valid expiresAt`, "malformed");
  return {
    startUrl: optionalText(record.startUrl),
    region: optionalText(record.region),
    accessToken,
    expiresAt,
    clientId: optionalText(record.clientId),
    clientSecret: optionalText(record.clientSecret),
    registrationExpiresAt: parseTime(record.registrationExpiresAt),
    refreshToken: optionalText(record.refreshToken),
  };
};

/**
 * Reads one token file; a missing one is `TokenFileError` with reason "missing". A FIFO, a
 * device or a file over 1 MiB is "malformed", refused without being read (a FIFO would hang).
 */
export const readTokenFile = (path: string): Promise<SsoToken> => {
  // The read is synchronous (bounded, of a small file); callers get the promise they expect.
  try {
    return Promise.resolve(parseTokenFile(readTokenText(path), path));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

const readTokenText = (path: string): string => {
  try {
    return readBoundedFile(path, MAX_CACHE_FILE_BYTES).text;
  } catch (error) {
    if ((error as Error | undefined)?.name === "FileRefusedError")
      throw new TokenFileError(`refusing the SSO token cache file: ${(error as Error).message}`, "malformed");
    throw new TokenFileError(`no cached SSO token (no ${path})`, "missing");
  }
};

/** The file's JSON, members in the AWS CLI's order, unset ones left out. */
export const serializeToken = (token: SsoToken): string => {
  const document: Record<string, string> = {};
  if (token.startUrl) document.startUrl = token.startUrl;
  if (token.region) document.region = token.region;
  document.accessToken = token.accessToken;
  document.expiresAt = formatTime(token.expiresAt);
  if (token.clientId) document.clientId = token.clientId;
  if (token.clientSecret) document.clientSecret = token.clientSecret;
  if (token.registrationExpiresAt) document.registrationExpiresAt = formatTime(token.registrationExpiresAt);
  if (token.refreshToken) document.refreshToken = token.refreshToken;
  return JSON.stringify(document);
};

/** Writes a token file atomically, mode 0600. */
export const writeTokenFile = (path: string, token: SsoToken): Promise<void> =>
  writeFileAtomic(path, serializeToken(token));
