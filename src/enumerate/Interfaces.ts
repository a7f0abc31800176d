import type { AccountInfo, RoleInfo } from "../models/models_0.js";
import type { SSOClient } from "../SSOClient.js";

/** One account and every role the user is assigned in it, in the portal's order. */
export interface AccountWithRoles {
  /** The account, as `ListAccounts` returned it. */
  account: AccountInfo;
  /** Every role the user may assume in it, from all pages of `ListAccountRoles`. */
  roles: RoleInfo[];
}

/** What the listing has done so far; a fresh object on every call of `onProgress`. */
export interface AccountsWithRolesProgress {
  /** Accounts `ListAccounts` has returned so far. */
  accountsListed: number;
  /** True once the last page of accounts has arrived: `accountsListed` is then the total. */
  listingComplete: boolean;
  /** Accounts whose roles have all been listed. */
  accountsDone: number;
  /** Roles found in those accounts (and in pages of accounts still in progress). */
  rolesFound: number;
  /** Requests sent, throttled ones included. */
  requests: number;
  /** 429 `TooManyRequestsException` answers received. */
  throttled: number;
  /** The pace requests are sent at now, after any slowing down for throttling. */
  requestsPerSecond: number;
}

/**
 * How {@link paginateAccountsWithRoles} runs. Every request is sent by `client`, through its
 * middleware stack (logger, user agent, retries of other errors); the pace is this helper's.
 */
export interface AccountsWithRolesPaginationConfiguration {
  /** The client that sends every request. */
  client: SSOClient;
  /** Requests in flight at once, default 8. Accounts held in memory stay below twice this. */
  concurrency?: number;
  /**
   * The most requests per second to send, default 18: under the portal's limit of about 20.
   * After a 429 the pace halves and then climbs back by one request per second, every second.
   */
  maxRequestsPerSecond?: number;
  /** `maxResults` of every `ListAccounts` and `ListAccountRoles` request, 1–100, default 100. */
  pageSize?: number;
  /** Stops the listing: no request is sent after it fires, and iteration throws an `AbortError`. */
  abortSignal?: AbortSignal;
  /** Called whenever a count changes. An exception thrown here ends the listing with it. */
  onProgress?: (progress: AccountsWithRolesProgress) => void;
}

/** The user whose accounts and roles to list. */
export interface AccountsWithRolesInput {
  /** The token issued by IAM Identity Center OIDC `CreateToken`. Sensitive. */
  accessToken: string | undefined;
}

/** The defaults of {@link AccountsWithRolesPaginationConfiguration}. */
export const ACCOUNTS_WITH_ROLES_DEFAULTS = {
  /** Requests in flight at once. */
  concurrency: 8,
  /** Just under the portal's limit of about 20 requests per second. */
  maxRequestsPerSecond: 18,
  /** The largest page the service allows. */
  pageSize: 100,
} as const;
