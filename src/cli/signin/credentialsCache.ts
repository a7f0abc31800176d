import { createHash } from "node:crypto";
import { readdir, unlink } from "node:fs/promises";
import { join } from "node:path";

import { writeFileAtomic } from "../../credentials/atomicFile.js";
import { credentialsCacheDirectory, type Environment } from "../../credentials/paths.js";
import { parseTime } from "../../credentials/tokenCache.js";
import { MAX_CACHE_FILE_BYTES, readBoundedFile } from "../../util/readBoundedFile.js";

/** Role credentials as `credential_process` prints them. */
export interface ProcessCredentials {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

/** Reused only with more than this left: boto3 and the AWS SDKs refresh within 15 minutes of expiry. */
export const REUSE_WINDOW_MS = 15 * 60_000;

interface Entry {
  startUrl: string;
  credentials: ProcessCredentials;
}

const entryPath = (
  key: { startUrl: string; ssoSession?: string; accountId: string; roleName: string },
  env: Environment,
) =>
  join(
    credentialsCacheDirectory(env),
    `${createHash("sha1")
      .update(JSON.stringify([key.startUrl, key.ssoSession ?? null, key.accountId, key.roleName]))
      .digest("hex")}.json`,
  );

/** An entry of the cache, or undefined for anything else there (a FIFO, a device, a huge or broken file). */
function readEntry(path: string): Entry | undefined {
  try {
    return JSON.parse(readBoundedFile(path, MAX_CACHE_FILE_BYTES).text) as Entry;
  } catch {
    return undefined;
  }
}

/** The cached credentials of a role while they have more than 15 minutes left. */
export function readCachedCredentials(
  key: { startUrl: string; ssoSession?: string; accountId: string; roleName: string },
  env: Environment,
  now: number,
): Promise<ProcessCredentials | undefined> {
  const entry = readEntry(entryPath(key, env));
  const expiration = parseTime(entry?.credentials?.Expiration);
  if (!entry || !expiration || expiration.getTime() - now <= REUSE_WINDOW_MS) return Promise.resolve(undefined);
  return Promise.resolve(entry.credentials);
}

export const writeCachedCredentials = (
  key: { startUrl: string; ssoSession?: string; accountId: string; roleName: string },
  credentials: ProcessCredentials,
  env: Environment,
): Promise<void> =>
  writeFileAtomic(entryPath(key, env), JSON.stringify({ startUrl: key.startUrl, credentials } satisfies Entry));

/** Removes the cached credentials of one start URL, or all of them. */
export async function removeCachedCredentials(env: Environment, startUrl?: string): Promise<void> {
  const folder = credentialsCacheDirectory(env);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names.filter((file) => file.endsWith(".json"))) {
    const path = join(folder, name);
    if (startUrl !== undefined && readEntry(path)?.startUrl !== startUrl) continue;
    await unlink(path).catch(() => undefined);
  }
}
