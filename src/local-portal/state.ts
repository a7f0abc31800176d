import type { CorsOption } from "./cors.js";
import type { Directory } from "./directory.js";
import type { FaultOptions } from "./faults.js";
import type { OidcService } from "./oidc/service.js";
import type { OperationSettings } from "./operations/context.js";
import type { PageTokens } from "./pageTokens.js";
import type { RequestLog, RequestLogEntry } from "./requestLog.js";
import type { PortalStats } from "./stats.js";
import type { TokenBucket } from "./throttle.js";

/** Everything a request needs from its portal; the knobs may change while it runs. */
export interface PortalState {
  directory: Directory;
  /** Sign-in: the OIDC operations and approval pages. */
  oidc: OidcService;
  pageTokens: PageTokens;
  settings: OperationSettings;
  cors: CorsOption | undefined;
  faults: FaultOptions;
  bucket: TokenBucket | undefined;
  log: RequestLog;
  stats: PortalStats;
  onRequest: ((entry: RequestLogEntry) => void) | undefined;
  clock: () => number;
  random: () => number;
  /** The `Host` check against DNS rebinding. */
  hostAllowed: (host: string | undefined) => boolean;
  /** Pending latency timers, cleared on close so the process can exit. */
  timers: Set<NodeJS.Timeout>;
}
