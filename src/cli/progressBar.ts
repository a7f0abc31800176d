import type { AccountsWithRolesProgress } from "../enumerate/Interfaces.js";
import type { CliStream } from "./io.js";

/** Redraws at most this often: a terminal needs no more, and a slow one would lag behind. */
const REDRAW_MS = 100;

/**
 * One line on a terminal, redrawn in place:
 * `[██████░░░░░░] 412/1000 accounts  1236 roles  18.0 req/s  0 throttled`.
 * Until the last page of accounts has arrived the total shows as "1000+". The bar only moves
 * forward: a new page of accounts raises the total, but the filled part never shrinks.
 */
export class ProgressBar {
  private lastDrawAt = -Infinity;
  private latest: AccountsWithRolesProgress | undefined;
  private shownFraction = 0;

  constructor(
    private readonly out: CliStream,
    private readonly now: () => number,
  ) {}

  update(progress: AccountsWithRolesProgress): void {
    this.latest = progress;
    const now = this.now();
    if (now - this.lastDrawAt < REDRAW_MS) return;
    this.lastDrawAt = now;
    this.draw(progress);
  }

  /** Draws the final state, then clears the line for what comes after. */
  finish(): void {
    if (this.latest) this.draw(this.latest);
    this.clear();
  }

  clear(): void {
    this.out.write("\r\x1b[K");
  }

  private draw(progress: AccountsWithRolesProgress): void {
    const { accountsListed, listingComplete, accountsDone, rolesFound, throttled, requestsPerSecond } = progress;
    const total = `${accountsListed}${listingComplete ? "" : "+"}`;
    const counts = ` ${accountsDone}/${total} accounts  ${rolesFound} roles  ${requestsPerSecond.toFixed(1)} req/s  ${throttled} throttled`;
    const columns = this.out.columns && this.out.columns > 0 ? this.out.columns : 80;
    const barWidth = Math.max(10, Math.min(40, columns - counts.length - 3));
    this.shownFraction = Math.max(this.shownFraction, accountsListed === 0 ? 0 : accountsDone / accountsListed);
    const fraction = this.shownFraction;
    const filled = Math.round(fraction * barWidth);
    const bar = `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}]`;
    this.out.write(`\r${bar}${counts}`.slice(0, columns) + "\x1b[K");
  }
}
