/**
 * A token bucket: `burst` requests at once, refilled continuously at `requestsPerSecond`.
 * Constant work per request, so it stays out of the way in benchmarks.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly requestsPerSecond: number,
    readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false means the request is over the limit. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.requestsPerSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
