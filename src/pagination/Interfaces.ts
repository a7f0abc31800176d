import type { PaginationConfiguration } from "@smithy/types";

import type { SSOClient } from "../SSOClient.js";

/**
 * How a paginator runs: `client` sends the pages (an `SSOClient`, or the aggregated `SSO`),
 * `pageSize` becomes each request's `maxResults` unless the input sets one, `startingToken`
 * resumes a listing, `stopOnSameToken` ends it when the service hands back the token it was given,
 * and `withCommand` may adjust or replace each command before it is sent.
 */
export interface SSOPaginationConfiguration extends PaginationConfiguration {
  /** The client that sends each page's request. */
  client: SSOClient;
}
