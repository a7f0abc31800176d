import type { Command } from "@smithy/types";

import type { AccountInfo } from "../models/models_0.js";
import { paginateListAccountRoles } from "../pagination/ListAccountRolesPaginator.js";
import { paginateListAccounts } from "../pagination/ListAccountsPaginator.js";
import { abortError, AbortScope, followAbort } from "./abort.js";
import { AdaptiveRateLimiter } from "./AdaptiveRateLimiter.js";
import {
  ACCOUNTS_WITH_ROLES_DEFAULTS,
  type AccountsWithRolesInput,
  type AccountsWithRolesPaginationConfiguration,
  type AccountWithRoles,
} from "./Interfaces.js";
import { getPacingPlugin } from "./pacingPlugin.js";
import { ProgressTracker } from "./ProgressTracker.js";
import { RequestSlots } from "./RequestSlots.js";
import { TokenLoopGuard } from "./TokenLoopGuard.js";

/**
 * One request every 1,000 s. Much slower paces make the gap between requests overflow Node's
 * timers (2^31 - 1 ms, about 4.7e-7 requests per second), which then fire at once.
 */
export const MIN_REQUESTS_PER_SECOND = 0.001;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Every account the user is assigned, each with all of its roles: `ListAccounts` page after
 * page, and `ListAccountRoles` (paginated too) for each account, several accounts at once but
 * never more than `concurrency` requests in flight nor faster than the adaptive pace.
 *
 * ```ts
 * for await (const { account, roles } of paginateAccountsWithRoles({ client }, { accessToken })) {
 *   for (const role of roles) console.log(account.accountId, account.accountName, role.roleName);
 * }
 * ```
 *
 * Order: accounts come in the order `ListAccounts` lists them, each with its roles in the order
 * `ListAccountRoles` lists them. An account that finishes early waits for those before it; at
 * most `2 × concurrency` accounts are started and not yet yielded, and the next ones start only
 * as the caller takes results, so memory does not grow with the number of accounts.
 *
 * Errors: the first error (say an expired token) aborts the requests in flight and is thrown
 * by the iteration; throttling is not an error unless the portal keeps at it.
 */
export async function* paginateAccountsWithRoles(
  config: AccountsWithRolesPaginationConfiguration,
  input: AccountsWithRolesInput,
): AsyncGenerator<AccountWithRoles, void, undefined> {
  const { client, abortSignal, onProgress } = config;
  const concurrency = positiveInteger(config.concurrency, "concurrency", ACCOUNTS_WITH_ROLES_DEFAULTS.concurrency);
  const pageSize = positiveInteger(config.pageSize, "pageSize", ACCOUNTS_WITH_ROLES_DEFAULTS.pageSize);
  if (pageSize > 100) throw new RangeError("pageSize must be an integer from 1 to 100");
  const maxRequestsPerSecond = config.maxRequestsPerSecond ?? ACCOUNTS_WITH_ROLES_DEFAULTS.maxRequestsPerSecond;
  if (!(maxRequestsPerSecond >= MIN_REQUESTS_PER_SECOND && Number.isFinite(maxRequestsPerSecond))) {
    throw new RangeError(`maxRequestsPerSecond must be a finite number of at least ${MIN_REQUESTS_PER_SECOND}`);
  }
  if (abortSignal?.aborted) throw abortError(abortSignal);

  // One controller stops everything: the caller's signal, the first error, or an early return.
  const stop = new AbortController();
  const unfollow = followAbort(abortSignal, stop);
  const limiter = new AdaptiveRateLimiter({ maxRequestsPerSecond });
  const progress = new ProgressTracker(() => limiter.requestsPerSecond, onProgress);
  const pacing = getPacingPlugin({ slots: new RequestSlots(concurrency), limiter, progress, signal: stop.signal });
  const paginationConfig = {
    client,
    pageSize,
    withCommand: (command: Command<any, any, any, any, any>) => {
      command.middlewareStack.use(pacing);
      return command;
    },
  };
  // Each listing sends with its own child of `stop`, so `stop` holds one listener, not one per request.
  const scope = new AbortScope(stop.signal);
  let failure: { error: unknown } | undefined;

  async function* listAccounts(): AsyncGenerator<AccountInfo, void, undefined> {
    const { signal, release } = scope.child();
    const guard = new TokenLoopGuard("ListAccounts");
    try {
      for await (const page of paginateListAccounts(
        paginationConfig,
        { accessToken: input.accessToken },
        { abortSignal: signal },
      )) {
        guard.check(page.nextToken);
        const accounts = page.accountList ?? [];
        progress.accountsListed(accounts.length);
        // The last page: the total is known now, not once the caller has taken every account.
        if (!page.nextToken) progress.listingComplete();
        yield* accounts;
      }
      progress.listingComplete();
    } finally {
      release();
    }
  }

  async function listRoles(account: AccountInfo): Promise<AccountWithRoles> {
    const roles: AccountWithRoles["roles"] = [];
    const rolesInput = { accessToken: input.accessToken, accountId: account.accountId };
    const { signal, release } = scope.child();
    const guard = new TokenLoopGuard(`ListAccountRoles (account ${account.accountId})`);
    try {
      for await (const page of paginateListAccountRoles(paginationConfig, rolesInput, { abortSignal: signal })) {
        guard.check(page.nextToken);
        const pageRoles = page.roleList ?? [];
        roles.push(...pageRoles);
        progress.rolesFound(pageRoles.length);
      }
    } finally {
      release();
    }
    progress.accountDone();
    return { account, roles };
  }

  // Settled at once so that a failure behind the head of the window is neither unhandled nor late.
  function start(account: AccountInfo): Promise<Settled<AccountWithRoles>> {
    return listRoles(account).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => {
        failure ??= { error };
        stop.abort();
        return { ok: false, error };
      },
    );
  }

  const accounts = listAccounts();
  const window: Array<Promise<Settled<AccountWithRoles>>> = [];
  try {
    let listing = true;
    while (true) {
      while (listing && window.length < 2 * concurrency) {
        const next = await accounts.next();
        if (next.done) listing = false;
        else window.push(start(next.value));
      }
      const head = window.shift();
      if (!head) return;
      const settled = await head;
      if (!settled.ok) throw settled.error;
      // Accounts finished before an abort are not handed out after it.
      if (stop.signal.aborted) throw failure ? failure.error : abortError(abortSignal ?? stop.signal);
      yield settled.value;
    }
  } catch (error) {
    if (abortSignal?.aborted) throw abortError(abortSignal);
    throw failure ? failure.error : error;
  } finally {
    // Nothing is awaited here: aborting ends every request in flight and keeps new ones from going out.
    stop.abort();
    unfollow();
    void accounts.return().catch(() => {});
  }
}

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isInteger(value) && value >= 1)) throw new RangeError(`${name} must be an integer of 1 or more`);
  return value;
}
