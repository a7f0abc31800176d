import type { AccountsWithRolesProgress } from "./Interfaces.js";

type Counts = Omit<AccountsWithRolesProgress, "requestsPerSecond">;

/** Keeps the counts and tells `onProgress` a copy of them after every change. */
export class ProgressTracker {
  private readonly counts: Counts = {
    accountsListed: 0,
    listingComplete: false,
    accountsDone: 0,
    rolesFound: 0,
    requests: 0,
    throttled: 0,
  };

  constructor(
    private readonly pace: () => number,
    private readonly onProgress?: (progress: AccountsWithRolesProgress) => void,
  ) {}

  accountsListed(count: number): void {
    this.update({ accountsListed: this.counts.accountsListed + count });
  }

  listingComplete(): void {
    if (this.counts.listingComplete) return;
    this.update({ listingComplete: true });
  }

  rolesFound(count: number): void {
    this.update({ rolesFound: this.counts.rolesFound + count });
  }

  accountDone(): void {
    this.update({ accountsDone: this.counts.accountsDone + 1 });
  }

  requestSent(): void {
    this.update({ requests: this.counts.requests + 1 });
  }

  throttled(): void {
    this.update({ throttled: this.counts.throttled + 1 });
  }

  private update(change: Partial<Counts>): void {
    Object.assign(this.counts, change);
    this.onProgress?.({ ...this.counts, requestsPerSecond: this.pace() });
  }
}
