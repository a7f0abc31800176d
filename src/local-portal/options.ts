import type { CorsOption } from "./cors.js";
import type { NoAccessError } from "./errors.js";
import type { FaultOptions } from "./faults.js";
import type { AllowedHosts } from "./hostCheck.js";
import type { PortalFixture } from "./fixtures.js";
import type { OidcOptions } from "./oidc/options.js";
import type { RequestLogEntry } from "./requestLog.js";

/** How long the emulator waits for clients, in ms. */
export interface ServerTimeouts {
  /** The request headers must arrive within this, default 10,000. */
  headersMs?: number;
  /** The whole request, body included, must arrive within this, default 30,000. */
  requestMs?: number;
  /** An idle kept-alive connection closes after this, default 5,000. */
  keepAliveMs?: number;
}

export interface LocalPortalOptions extends FaultOptions, OidcOptions {
  /** Interface to listen on, default "127.0.0.1" (loopback only). */
  host?: string;
  /** Port, default 0: the system picks a free one (read it from `endpoint` or `port`). */
  port?: number;
  /** A fixture object or the path of a JSON fixture file; default `defaultFixture`. */
  fixtures?: PortalFixture | string;
  /** Page size when a request has no `max_result`, default 20. */
  defaultPageSize?: number;
  /** Lifetime of issued role credentials in seconds, default 3600. */
  credentialDurationSeconds?: number;
  /**
   * The answer for a role or account the user is not assigned. Default "ForbiddenException"
   * (403 "No access", what the real service sends, though the model does not declare it);
   * "ResourceNotFoundException" answers the modeled 404 instead.
   */
  noAccessError?: NoAccessError;
  /** Answer CORS preflights and add CORS headers, for browser pages. Default off. */
  cors?: CorsOption;
  /** How many recent requests `requestLog` keeps, default 10,000; 0 keeps none. */
  requestLogLimit?: number;
  /** At most about this many bytes of entries in `requestLog`, default 32 MiB (long headers make entries big). */
  requestLogMaxBytes?: number;
  /**
   * `Host` names to answer besides loopback names, IP addresses and `host`; `true` answers any.
   * Others get a 403: a web page using DNS rebinding would otherwise reach the emulator.
   */
  allowedHosts?: AllowedHosts;
  /** Server timeouts: slow or idle clients cannot hold connections forever. */
  timeouts?: ServerTimeouts;
  /** Connections open at once; more are closed on arrival. Default 1024. */
  maxConnections?: number;
  /** Called after each request is answered (or reset), e.g. to print a log line. */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Wall clock in epoch ms for token expiry and credential expiration, default Date.now. */
  clock?: () => number;
  /** The region the banner and `portal.region` name for `sso_region`, default us-east-1. */
  region?: string;
  /** Random source in [0, 1) for fault injection, default Math.random. */
  random?: () => number;
}

/** The defaults of {@link LocalPortalOptions}, exported as `LOCAL_PORTAL_DEFAULTS`. */
export const DEFAULTS = {
  /** Loopback only. */
  host: "127.0.0.1",
  /** The system picks a free port. */
  port: 0,
  /** Items per page when a request sets no `max_result`. */
  defaultPageSize: 20,
  /** Role credentials last an hour. */
  credentialDurationSeconds: 3600,
  /** What the real service answers for a role or account the user is not assigned. */
  noAccessError: "ForbiddenException",
  /** Requests kept in `requestLog`. */
  requestLogLimit: 10_000,
  /** Bytes of request log kept. */
  requestLogMaxBytes: 32 * 1024 * 1024,
  /** Time for the request headers to arrive. */
  headersTimeoutMs: 10_000,
  /** Time for the whole request to arrive. */
  requestTimeoutMs: 30_000,
  /** Idle time before a kept-alive connection closes. */
  keepAliveTimeoutMs: 5_000,
  /** Connections open at once. */
  maxConnections: 1024,
  /** The region printed for `sso_region`. */
  region: "us-east-1",
} as const;
