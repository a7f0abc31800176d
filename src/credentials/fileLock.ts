import { mkdir, open, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";

export interface LockOptions {
  /** How long to wait for another process's lock before giving up, ms (default 20 s). */
  waitMs?: number;
  /** A lock older than this is a crashed holder's and is taken over, ms (default 10 s; a refresh takes well under one). */
  staleMs?: number;
  /** Between two tries, ms (default 50). */
  pollMs?: number;
}

/** Another process held the lock for longer than the wait. */
export class LockTimeoutError extends Error {
  override readonly name = "LockTimeoutError";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding `<path>.lock`, a file created exclusively (`wx`): one process at a
 * time refreshes or writes one token file, across processes. Works on local file systems
 * without any native module.
 */
export const withFileLock = async <T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> => {
  const { waitMs = 20_000, staleMs = 10_000, pollMs = 50 } = options;
  const lock = `${path}.lock`;
  await mkdir(dirname(lock), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lock, "wx", 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > staleMs) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline)
        throw new LockTimeoutError(`timed out waiting for the lock ${lock} (held by another process)`);
      await sleep(pollMs);
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
};
