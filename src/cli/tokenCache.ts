import { createHash } from "node:crypto";
import { join } from "node:path";

import { FileRefusedError, MAX_CACHE_FILE_BYTES, readBoundedFile } from "../util/readBoundedFile.js";
import { CliError } from "../util/args/index.js";
import { homeDirectory, type SsoProfile } from "./ssoProfile.js";

/** The parts of a cached token this CLI uses. */
export interface CachedToken {
  accessToken: string;
  expiresAt: Date;
  region?: string;
}

/**
 * Where `aws sso login` caches the profile's token: `~/.aws/sso/cache/<sha1>.json`, the SHA-1
 * of the sso-session name, or of the start URL for a legacy profile.
 */
export function tokenCachePath(profile: SsoProfile, env: Record<string, string | undefined>): string {
  const key = profile.ssoSession ?? profile.startUrl ?? "";
  const name = createHash("sha1").update(key).digest("hex");
  return join(homeDirectory(env), ".aws", "sso", "cache", `${name}.json`);
}

/** A cached token is well under 10 KiB. */
export const MAX_TOKEN_CACHE_BYTES = MAX_CACHE_FILE_BYTES;

/** Cache files already warned about in this process: once is enough. */
const warnedFiles = new Set<string>();

/**
 * Reads and checks the cached token. Messages name the file and what is wrong with it, never
 * its content: a JSON parser's message would quote the token.
 */
export function readCachedToken(
  profile: SsoProfile,
  env: Record<string, string | undefined>,
  now: number,
  warn: (message: string) => void = () => {},
): Promise<CachedToken> {
  // The read is synchronous (a bounded read of a small file); callers get the usual promise.
  try {
    return Promise.resolve(readCachedTokenNow(profile, env, now, warn));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function readCachedTokenNow(
  profile: SsoProfile,
  env: Record<string, string | undefined>,
  now: number,
  warn: (message: string) => void,
): CachedToken {
  const path = tokenCachePath(profile, env);
  const login = `run "aws sso login --profile ${profile.profile}"`;
  let text: string;
  try {
    const file = readBoundedFile(path, MAX_TOKEN_CACHE_BYTES);
    text = file.text;
    // The AWS CLI writes these files 0600; readable by others, the token is theirs too.
    if ((file.mode & 0o044) !== 0 && process.platform !== "win32" && !warnedFiles.has(path)) {
      warnedFiles.add(path);
      warn(
        `the SSO token cache file ${path} is readable by other users (mode ${file.mode.toString(8).padStart(4, "0")}); run "chmod 600 ${path}"`,
      );
    }
  } catch (error) {
    if (error instanceof FileRefusedError)
      throw new CliError(`refusing the SSO token cache file: ${error.message}; ${login}`);
    throw new CliError(`no cached SSO token for profile "${profile.profile}" (no ${path}); ${login}`);
  }
  const malformed = (what: string) => new CliError(`the SSO token cache file ${path} is malformed (${what}); ${login}`);
  let cached: unknown;
  try {
    cached = JSON.parse(text);
  } catch {
    throw malformed("not JSON");
  }
  if (typeof cached !== "object" || cached === null) throw malformed("not a JSON object");
  const { accessToken, expiresAt, region } = cached as Record<string, unknown>;
  if (typeof accessToken !== "string" || accessToken === "") throw malformed("no accessToken");
  const expiry = parseExpiry(expiresAt);
  if (!expiry) throw malformed("expiresAt is not a date");
  if (expiry.getTime() <= now) {
    throw new CliError(`the SSO token of profile "${profile.profile}" expired at ${expiry.toISOString()}; ${login}`);
  }
  return { accessToken, expiresAt: expiry, region: typeof region === "string" && region !== "" ? region : undefined };
}

/** ISO 8601; older AWS CLI versions wrote "UTC" where "Z" belongs. */
function parseExpiry(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const date = new Date(value.replace(/UTC$/, "Z"));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
