import { abortError } from "./abort.js";

interface Waiter {
  grant(sentAt: number): void;
}

export interface AdaptiveRateLimiterOptions {
  /** The pace to start at and never exceed, in requests per second. */
  maxRequestsPerSecond: number;
  /** Milliseconds on a monotonic clock. */
  now?: () => number;
}

/** The pace never drops below this (or below the maximum, if that is lower). */
const MIN_REQUESTS_PER_SECOND = 1;
/** A throttle cuts the pace by this factor (the multiplicative decrease). */
const DECREASE_FACTOR = 0.5;
/** First pause after a throttle; it doubles while throttles keep coming, up to the cap. */
const BASE_PAUSE_MS = 500;
const MAX_PAUSE_MS = 10_000;

const monotonicNow = (): number => globalThis.performance?.now() ?? Date.now();

/**
 * Hands out one send permission at a time, evenly spaced at the current pace, to requests in
 * the order they asked (AIMD, as TCP does for its window):
 *
 * - every success adds `1 / pace`, so the pace climbs by one request per second each second;
 * - a throttle halves the pace and pauses everyone, longer after each throttle in a row.
 *
 * Throttles answering requests sent before the last decrease are echoes of the same burst,
 * not new news, and do not cut the pace again.
 */
export class AdaptiveRateLimiter {
  private pace: number;
  private readonly maxPace: number;
  private readonly minPace: number;
  private readonly now: () => number;
  private readonly waiters: Waiter[] = [];
  /** The earliest time the next permission may be handed out. */
  private nextAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastDecreaseAt = -Infinity;
  private throttlesInARow = 0;

  constructor(options: AdaptiveRateLimiterOptions) {
    this.maxPace = options.maxRequestsPerSecond;
    this.minPace = Math.min(MIN_REQUESTS_PER_SECOND, this.maxPace);
    this.pace = this.maxPace;
    this.now = options.now ?? monotonicNow;
  }

  /** The current pace in requests per second. */
  get requestsPerSecond(): number {
    return this.pace;
  }

  /** Resolves with the send time once this request may go; rejects with an `AbortError` if `signal` fires first. */
  acquire(signal: AbortSignal): Promise<number> {
    if (signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: (sentAt) => {
          signal.removeEventListener("abort", onAbort);
          resolve(sentAt);
        },
      };
      const onAbort = (): void => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        // Nobody left to wake: a pending timer would only keep the process alive.
        if (this.waiters.length === 0 && this.timer !== undefined) {
          clearTimeout(this.timer);
          this.timer = undefined;
        }
        reject(abortError(signal));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** A request succeeded: the additive increase. */
  onSuccess(): void {
    this.throttlesInARow = 0;
    this.pace = Math.min(this.maxPace, this.pace + 1 / this.pace);
  }

  /** A request sent at `sentAt` was throttled: the multiplicative decrease and a pause. */
  onThrottle(sentAt: number): void {
    if (sentAt < this.lastDecreaseAt) return;
    const now = this.now();
    this.lastDecreaseAt = now;
    this.pace = Math.max(this.minPace, this.pace * DECREASE_FACTOR);
    const pauseMs = Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS * 2 ** this.throttlesInARow);
    this.throttlesInARow += 1;
    this.nextAt = Math.max(this.nextAt, now + pauseMs);
    this.reschedule();
  }

  private reschedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pump();
  }

  private pump(): void {
    if (this.timer !== undefined) return;
    while (this.waiters.length > 0) {
      const now = this.now();
      if (now < this.nextAt) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, this.nextAt - now);
        return;
      }
      const interval = 1000 / this.pace;
      // A timer that fired a little late keeps the schedule; after an idle spell it starts afresh.
      this.nextAt = (now - this.nextAt < interval ? this.nextAt : now) + interval;
      this.waiters.shift()!.grant(now);
    }
  }
}
