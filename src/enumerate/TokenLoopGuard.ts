/**
 * Stops a listing whose portal hands back a `nextToken` it has handed back before: following
 * it would send the same requests forever. (The paginators themselves keep the releases'
 * behaviour, where only `stopOnSameToken` stops on a repeated token, and then silently.)
 */
export class TokenLoopGuard {
  private readonly seen = new Set<string>();

  constructor(private readonly operation: string) {}

  check(nextToken: string | undefined): void {
    if (!nextToken) return;
    if (this.seen.has(nextToken)) throw repeatedTokenError(this.operation, this.seen.size + 1);
    this.seen.add(nextToken);
  }
}

/** The error a looping listing ends with; its message never contains the token. */
export function repeatedTokenError(operation: string, page: number): Error {
  return Object.assign(
    new Error(`${operation} returned a nextToken it had returned before (page ${page}): the listing would never end`),
    { name: "RepeatedNextTokenError" },
  );
}
