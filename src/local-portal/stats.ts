import type { RequestLogEntry } from "./requestLog.js";

/** Counters over every request since start or `reset()`, unaffected by the log's limit. */
export interface PortalStats {
  /** Every request answered (or reset). */
  requests: number;
  /** Answers per status code; resets count under 0. */
  byStatus: Record<number, number>;
  /** Requests per SSO operation, e.g. `{ ListAccounts: 3 }`. */
  byOperation: Record<string, number>;
  /** Injected faults by kind (throttle counts every 429 sent). */
  faults: Record<string, number>;
}

export function emptyStats(): PortalStats {
  return { requests: 0, byStatus: {}, byOperation: {}, faults: {} };
}

export function countRequest(stats: PortalStats, entry: RequestLogEntry): void {
  stats.requests += 1;
  stats.byStatus[entry.status] = (stats.byStatus[entry.status] ?? 0) + 1;
  if (entry.operation) stats.byOperation[entry.operation] = (stats.byOperation[entry.operation] ?? 0) + 1;
  if (entry.fault) stats.faults[entry.fault] = (stats.faults[entry.fault] ?? 0) + 1;
}

export function copyStats(stats: PortalStats): PortalStats {
  return {
    requests: stats.requests,
    byStatus: { ...stats.byStatus },
    byOperation: { ...stats.byOperation },
    faults: { ...stats.faults },
  };
}
