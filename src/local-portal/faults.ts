/** Knobs for testing how clients cope with a misbehaving service. All off by default. */
export interface FaultOptions {
  /** Requests per second before 429 `TooManyRequestsException`; a number or bucket settings. */
  throttle?: number | ThrottleOptions;
  /** Share (0–1) of requests answered with one of `failureStatuses`. */
  failureRate?: number;
  /** Statuses injected failures pick from at random, default [500, 503]. */
  failureStatuses?: number[];
  /** Added delay before every answer, in ms; a range picks uniformly within it. */
  latency?:
    | number
    | {
        /** The shortest delay, in ms. */
        min: number;
        /** The longest delay, in ms. */
        max: number;
      };
  /** Share (0–1) of requests whose connection is reset (TCP RST) instead of answered. */
  resetRate?: number;
  /** Share (0–1) of answers cut off halfway through the body, then the connection dropped. */
  truncateRate?: number;
  /** Share (0–1) of answers replaced by a 200 whose JSON body is not JSON. */
  garbageRate?: number;
}

/** Token-bucket throttling: a steady rate, with bursts allowed up to `burst`. */
export interface ThrottleOptions {
  /** Requests per second allowed over time. */
  requestsPerSecond: number;
  /** Requests allowed at once before the rate applies, default `requestsPerSecond`. */
  burst?: number;
}

/** What the fault stage decided for one request; at most one fault applies. */
export type FaultDecision =
  | { kind: "none"; delayMs: number }
  | { kind: "reset"; delayMs: number }
  | { kind: "throttle"; delayMs: number }
  | { kind: "failure"; delayMs: number; status: number }
  | { kind: "truncate"; delayMs: number }
  | { kind: "garbage"; delayMs: number };

export function throttleSettings(throttle: FaultOptions["throttle"]): ThrottleOptions | undefined {
  if (throttle === undefined) return undefined;
  const settings = typeof throttle === "number" ? { requestsPerSecond: throttle } : throttle;
  if (!(settings.requestsPerSecond > 0)) return undefined;
  return settings;
}

/** Checks rates and delays up front, so a bad knob fails loudly instead of doing nothing. */
export function validateFaults(faults: FaultOptions): void {
  for (const key of ["failureRate", "resetRate", "truncateRate", "garbageRate"] as const) {
    const rate = faults[key];
    if (rate !== undefined && !(rate >= 0 && rate <= 1)) throw new RangeError(`${key} must be between 0 and 1`);
  }
  const { latency, throttle, failureStatuses } = faults;
  const range = typeof latency === "number" ? { min: latency, max: latency } : latency;
  if (range && !(range.min >= 0 && range.max >= range.min))
    throw new RangeError("latency must be ms >= 0 (min <= max)");
  const rps = typeof throttle === "number" ? throttle : throttle?.requestsPerSecond;
  if (rps !== undefined && !(rps >= 0)) throw new RangeError("throttle must be requests per second >= 0");
  if (failureStatuses && (failureStatuses.length === 0 || failureStatuses.some((s) => !(s >= 500 && s <= 599)))) {
    throw new RangeError("failureStatuses must be a non-empty list of 5xx statuses");
  }
}

export function pickDelay(latency: FaultOptions["latency"], random: () => number): number {
  if (latency === undefined) return 0;
  if (typeof latency === "number") return latency;
  return latency.min + random() * (latency.max - latency.min);
}

/**
 * Rolls the dice for one request. Order matters: a reset happens before anything is
 * answered, throttling before the service does work, and the body faults only on answers.
 */
export function decideFault(faults: FaultOptions, overLimit: () => boolean, random: () => number): FaultDecision {
  const delayMs = pickDelay(faults.latency, random);
  if (faults.resetRate && random() < faults.resetRate) return { kind: "reset", delayMs };
  if (overLimit()) return { kind: "throttle", delayMs };
  if (faults.failureRate && random() < faults.failureRate) {
    const statuses = faults.failureStatuses ?? [500, 503];
    return { kind: "failure", delayMs, status: statuses[Math.floor(random() * statuses.length)] ?? 500 };
  }
  if (faults.truncateRate && random() < faults.truncateRate) return { kind: "truncate", delayMs };
  if (faults.garbageRate && random() < faults.garbageRate) return { kind: "garbage", delayMs };
  return { kind: "none", delayMs };
}
