import { pageScope, paginate } from "../pagination.js";
import type { OperationHandler } from "./context.js";

/**
 * ListAccounts: the accounts assigned to the caller, a page at a time.
 *
 * HTTP: GET /assignment/accounts, with `accessToken` in the `x-amz-sso_bearer_token` header and
 * `maxResults`, `nextToken` as `max_result`, `next_token` in the query; answers `accountList`
 * and `nextToken`.
 *
 * Errors: 400 InvalidRequestException for a `max_result` outside 1–100 or a `next_token` not of
 * this listing. Before it runs, the request handler answers 401 UnauthorizedException (no
 * valid token) and the injected faults (429 TooManyRequestsException, 5xx).
 */
export const ListAccounts: OperationHandler = ({ session, query, directory, pageTokens, settings }) => {
  const accounts = directory.accountsOf(session.userId);
  const scope = pageScope("ListAccounts", session.userId);
  const page = paginate(accounts, query, scope, pageTokens, settings.defaultPageSize);
  return { body: { nextToken: page.nextToken, accountList: page.items } };
};
