import type { IncomingHttpHeaders } from "node:http";
import type { FaultDecision } from "./faults.js";
import type { OidcOperationName } from "./oidc/wire.js";
import type { OperationName } from "./wire.js";

/** One request as the emulator saw and answered it. */
export interface RequestLogEntry {
  /** Epoch ms when the request arrived. */
  time: number;
  /** The `x-amzn-RequestId` sent back. */
  requestId: string;
  /** The HTTP method, e.g. `GET`, `POST` or `OPTIONS`. */
  method: string;
  /** The URL path without the query, e.g. `/assignment/accounts`. */
  path: string;
  /** Decoded query values. */
  query: Record<string, string>;
  /**
   * Request headers, with the token and other credentials replaced by `***` and long values
   * cut to 1,024 characters.
   */
  headers: IncomingHttpHeaders;
  /**
   * The `x-amz-sso_bearer_token` value when it is one of the emulator's own tokens (a fixture's
   * or an issued one, which are not secrets); any other token, say a real one sent here by
   * mistake, is logged as `***`.
   */
  accessToken?: string;
  /** Undefined for unknown routes, sign-in pages and CORS preflights. */
  operation?: OperationName | OidcOperationName;
  /** Answered status; 0 when the connection was reset instead. */
  status: number;
  /** The error code sent in `x-amzn-errortype`, if any. */
  errorType?: string;
  /** The injected fault, if one applied. */
  fault?: Exclude<FaultDecision["kind"], "none">;
  /** Time from arrival to the answer, in ms (includes injected latency). */
  durationMs: number;
}

/** What replaces a secret in the log. */
export const REDACTED = "***";
/** Headers that carry credentials. */
const SECRET_HEADERS = new Set([
  "x-amz-sso_bearer_token",
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-amz-security-token",
]);
/** A logged header value is cut here: the log is for seeing what came, not for storing it. */
export const LOGGED_HEADER_CHARS = 1024;

/** The headers as logged: secrets replaced, long values cut. */
export function loggedHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const logged: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (SECRET_HEADERS.has(name)) logged[name] = REDACTED;
    else if (Array.isArray(value)) logged[name] = value.map(cut);
    else logged[name] = cut(value);
  }
  return logged;
}

function cut(value: string): string {
  if (value.length <= LOGGED_HEADER_CHARS) return value;
  // A copy, not a slice: V8 slices keep the whole original string alive.
  return `${Buffer.from(value.slice(0, LOGGED_HEADER_CHARS)).toString()}…`;
}

/** About what an entry costs in memory: its strings, two bytes a character, plus a fixed part. */
function entrySize(entry: RequestLogEntry): number {
  let chars = entry.path.length + entry.method.length + (entry.accessToken?.length ?? 0) + 200;
  for (const [name, value] of Object.entries(entry.headers)) chars += name.length + String(value).length;
  for (const [name, value] of Object.entries(entry.query)) chars += name.length + value.length;
  return 2 * chars + 256;
}

/**
 * The last `limit` entries and at most `maxBytes` of them, whichever is smaller. A queue with
 * a moving head: each add costs O(1), and the array is compacted only when half of it is dead.
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private sizes: number[] = [];
  private head = 0;
  private bytes = 0;

  constructor(
    readonly limit: number,
    readonly maxBytes: number = Infinity,
  ) {}

  add(entry: RequestLogEntry): void {
    if (this.limit <= 0) return;
    const size = entrySize(entry);
    this.entries.push(entry);
    this.sizes.push(size);
    this.bytes += size;
    while (
      this.entries.length - this.head > this.limit ||
      (this.bytes > this.maxBytes && this.entries.length - this.head > 1)
    ) {
      this.bytes -= this.sizes[this.head];
      this.head += 1;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
  }

  list(): RequestLogEntry[] {
    return this.entries.slice(this.head);
  }

  /** Entries held now. */
  get length(): number {
    return this.entries.length - this.head;
  }

  /** About how much memory the held entries take. */
  get size(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries = [];
    this.sizes = [];
    this.head = 0;
    this.bytes = 0;
  }
}
