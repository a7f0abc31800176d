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
  /** Raw request headers (the access token included: fixtures are not secrets). */
  headers: IncomingHttpHeaders;
  /** The `x-amz-sso_bearer_token` value, if sent. */
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

/**
 * The last `limit` entries. Trims in batches so a soak of many thousands of requests costs
 * neither unbounded memory nor a copy per request.
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(readonly limit: number) {}

  add(entry: RequestLogEntry): void {
    if (this.limit <= 0) return;
    this.entries.push(entry);
    if (this.entries.length >= this.limit * 2) this.entries = this.entries.slice(-this.limit);
  }

  list(): RequestLogEntry[] {
    return this.entries.length > this.limit ? this.entries.slice(-this.limit) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
