import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The shared config and credentials files: real ones are a few KiB; this leaves room for thousands of profiles. */
export const MAX_CONFIG_FILE_BYTES = 4 * 1024 * 1024;

/** A cache file of ours or the AWS CLI's (a token, a client registration, role credentials): well under 10 KiB. */
export const MAX_CACHE_FILE_BYTES = 1024 * 1024;

/** Why a file was refused; the path and this reason make the one line the user sees. */
export class FileRefusedError extends Error {
  override readonly name = "FileRefusedError";

  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
  }
}

/** A file's text and its permission bits. */
export interface BoundedFile {
  text: string;
  /** `st_mode & 0o777`. */
  mode: number;
}

/**
 * Reads a small text file (a config file, a token cache, a fixture) that someone else may have
 * replaced with something hostile: a FIFO (whose open would block forever), a device such as
 * `/dev/zero` behind a symlink (endless), or a huge file (memory). It opens without blocking,
 * checks what was opened rather than the path (no race with a swap), and reads at most
 * `maxBytes`. Throws {@link FileRefusedError} for those cases, and the system error (`code`
 * ENOENT, EACCES, …) when the file cannot be opened.
 */
export function readBoundedFile(path: string, maxBytes: number): BoundedFile {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of hanging a thread.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefusedError(path, "is not a regular file");
    if (stat.size > maxBytes) throw new FileRefusedError(path, `is larger than ${describeBytes(maxBytes)}`);
    // Read one byte past the limit: a file that grows while being read is caught too.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new FileRefusedError(path, `is larger than ${describeBytes(maxBytes)}`);
    return { text: buffer.toString("utf8", 0, length), mode: stat.mode & 0o777 };
  } finally {
    closeSync(fd);
  }
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * Checks, without reading it, that `path` is a regular file of at most `maxBytes`, for files
 * another reader then reads (the shared config files, read by @smithy/core). Same errors as
 * {@link readBoundedFile}.
 */
export function checkBoundedFile(path: string, maxBytes: number): { mode: number } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefusedError(path, "is not a regular file");
    if (stat.size > maxBytes) throw new FileRefusedError(path, `is larger than ${describeBytes(maxBytes)}`);
    return { mode: stat.mode & 0o777 };
  } finally {
    closeSync(fd);
  }
}
