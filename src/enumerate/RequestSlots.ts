import { abortError } from "./abort.js";

interface Waiter {
  grant(): void;
}

/** At most `size` requests in flight; the rest wait their turn, first come first served. */
export class RequestSlots {
  private inUse = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly size: number) {}

  /** Resolves once a slot is free; rejects with an `AbortError` if `signal` fires first. */
  acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(abortError(signal));
    if (this.inUse < this.size) {
      this.inUse += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(abortError(signal));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  /** Hands the slot straight to the next waiter, so nobody can jump the queue. */
  release(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.inUse -= 1;
  }
}
