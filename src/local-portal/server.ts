import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Directory } from "./directory.js";
import { type FaultOptions, throttleSettings, validateFaults } from "./faults.js";
import type { PortalFixture } from "./fixtures.js";
import { createRequestHandler } from "./handler.js";
import { createHostCheck } from "./hostCheck.js";
import { loadFixtures } from "./loadFixtures.js";
import { oidcSettings } from "./oidc/options.js";
import { OidcService } from "./oidc/service.js";
import { DEFAULTS, type LocalPortalOptions } from "./options.js";
import { PageTokens } from "./pageTokens.js";
import { RequestLog, type RequestLogEntry } from "./requestLog.js";
import type { PortalState } from "./state.js";
import { type PortalStats, copyStats, emptyStats } from "./stats.js";
import { TokenBucket } from "./throttle.js";

/** A running emulator: where it listens, what it has seen, and knobs to change while it runs. */
export interface LocalPortal {
  /** Base URL to give a client as `endpoint`, e.g. "http://127.0.0.1:49152". */
  readonly endpoint: string;
  /** The address it listens on. */
  readonly host: string;
  /** The port it listens on (the one the system picked when `port` was 0). */
  readonly port: number;
  /** The fixture being served. */
  readonly fixture: PortalFixture;
  /** A copy of the most recent requests, oldest first. */
  readonly requestLog: RequestLogEntry[];
  /** A snapshot of the counters. */
  readonly stats: PortalStats;
  /** Empties `requestLog`; the counters in `stats` stay. */
  clearRequestLog(): void;
  /** Changes fault knobs at run time; a key given as undefined turns that fault off. */
  setFaults(faults: FaultOptions): void;
  /** The start URL sign-in answers for (the first of `startUrls`; default `<endpoint>/start`). */
  readonly startUrl: string;
  /** The region to configure as `sso_region` (the emulator answers for any; default us-east-1). */
  readonly region: string;
  /** Approves a pending device authorization as a fixture user, as the approval page does. */
  approveDevice(userCode: string, userId: string): void;
  /** Denies a pending device authorization: its polls then get AccessDeniedException. */
  denyDevice(userCode: string): void;
  /** A new access token for a fixture user; `expiresAt` in epoch ms. */
  issueToken(userId: string, options?: { token?: string; expiresAt?: number }): string;
  /** Invalidates a token as Logout would; false when it was not valid. */
  revokeToken(accessToken: string): boolean;
  /** Back to the start: fixture tokens, the initial faults, an empty log and zeroed stats. */
  reset(): void;
  /** Stops listening and drops every connection, kept-alive ones included. */
  close(): Promise<void>;
}

/** Starts an SSO portal emulator on a real HTTP server; resolves once it is listening. */
export async function createLocalPortal(options: LocalPortalOptions = {}): Promise<LocalPortal> {
  const { host = DEFAULTS.host, port = DEFAULTS.port } = options;
  const initialFaults = pickFaults(options);
  validateFaults(initialFaults);
  const directory = new Directory(loadFixtures(options.fixtures));
  const oidc = new OidcService(directory, oidcSettings(options));
  if (options.autoApprove !== undefined) oidc.requireUser(options.autoApprove);
  const clock = options.clock ?? Date.now;
  const state: PortalState = {
    directory,
    oidc,
    pageTokens: new PageTokens(),
    settings: {
      defaultPageSize: options.defaultPageSize ?? DEFAULTS.defaultPageSize,
      credentialDurationSeconds: options.credentialDurationSeconds ?? DEFAULTS.credentialDurationSeconds,
      noAccessError: options.noAccessError ?? DEFAULTS.noAccessError,
    },
    cors: options.cors,
    faults: initialFaults,
    bucket: makeBucket(initialFaults),
    log: new RequestLog(
      options.requestLogLimit ?? DEFAULTS.requestLogLimit,
      options.requestLogMaxBytes ?? DEFAULTS.requestLogMaxBytes,
    ),
    stats: emptyStats(),
    onRequest: options.onRequest,
    clock,
    random: options.random ?? Math.random,
    timers: new Set(),
    hostAllowed: createHostCheck(host, options.allowedHosts),
  };

  const headersTimeout = options.timeouts?.headersMs ?? DEFAULTS.headersTimeoutMs;
  const requestTimeout = options.timeouts?.requestMs ?? DEFAULTS.requestTimeoutMs;
  const server = createServer(
    {
      headersTimeout,
      // Node wants the request timeout at least the headers timeout.
      requestTimeout: Math.max(requestTimeout, headersTimeout),
      keepAliveTimeout: options.timeouts?.keepAliveMs ?? DEFAULTS.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (default 30 s): check well within them.
      connectionsCheckingInterval: Math.max(
        10,
        Math.min(1000, Math.floor(Math.min(headersTimeout, requestTimeout) / 4)),
      ),
    },
    createRequestHandler(state),
  );
  server.maxConnections = options.maxConnections ?? DEFAULTS.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep backlog keeps thousands of simultaneous connects from being refused in benchmarks.
    server.listen({ host, port, backlog: 4096 }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const endpoint = `http://${urlHost(address.address)}:${address.port}`;
  oidc.endpoint = endpoint;

  return {
    endpoint,
    host: address.address,
    port: address.port,
    fixture: directory.fixture,
    get requestLog() {
      return state.log.list();
    },
    get stats() {
      return copyStats(state.stats);
    },
    startUrl: oidc.startUrls[0],
    region: options.region ?? DEFAULTS.region,
    approveDevice: (userCode, userId) => oidc.approveDevice(userCode, userId, clock()),
    denyDevice: (userCode) => oidc.denyDevice(userCode, clock()),
    clearRequestLog: () => state.log.clear(),
    setFaults(faults) {
      const next = { ...state.faults, ...faults };
      validateFaults(next);
      state.faults = next;
      if ("throttle" in faults) state.bucket = makeBucket(next);
    },
    issueToken(userId, { token = `local-portal-${randomUUID()}`, expiresAt } = {}) {
      directory.issueToken(userId, token, expiresAt);
      return token;
    },
    revokeToken: (accessToken) => directory.revokeToken(accessToken),
    reset() {
      oidc.reset();
      directory.reset();
      state.faults = { ...initialFaults };
      state.bucket = makeBucket(initialFaults);
      state.log.clear();
      state.stats = emptyStats();
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of state.timers) clearTimeout(timer);
        state.timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function pickFaults(options: LocalPortalOptions): FaultOptions {
  const { throttle, failureRate, failureStatuses, latency, resetRate, truncateRate, garbageRate } = options;
  return { throttle, failureRate, failureStatuses, latency, resetRate, truncateRate, garbageRate };
}

function makeBucket(faults: FaultOptions): TokenBucket | undefined {
  const settings = throttleSettings(faults.throttle);
  if (!settings) return undefined;
  const burst = settings.burst ?? settings.requestsPerSecond;
  return new TokenBucket(settings.requestsPerSecond, burst, performance.now());
}

/** A URL host for the bound address; wildcard addresses are reached through loopback. */
function urlHost(address: string): string {
  if (address === "0.0.0.0") return "127.0.0.1";
  if (address === "::") return "[::1]";
  return address.includes(":") ? `[${address}]` : address;
}
