import { noAccess } from "../errors.js";
import { pageScope, paginate } from "../pagination.js";
import { QUERY } from "../wire.js";
import type { OperationHandler } from "./context.js";
import { requireQuery } from "./required.js";

/**
 * ListAccountRoles: the roles the caller may use in one account, a page at a time.
 *
 * HTTP: GET /assignment/roles, with `accessToken` in the `x-amz-sso_bearer_token` header and
 * `accountId`, `maxResults`, `nextToken` as `account_id`, `max_result`, `next_token` in the
 * query; answers `roleList` and `nextToken`.
 *
 * Errors: 400 InvalidRequestException for a missing `account_id`, a `max_result` outside 1–100
 * or a `next_token` not of this listing; 403 ForbiddenException (or 404
 * ResourceNotFoundException, see `noAccessError`) for an account not assigned to the caller.
 * Before it runs, the request handler answers 401 UnauthorizedException (no valid token) and
 * the injected faults (429 TooManyRequestsException, 5xx).
 */
export const ListAccountRoles: OperationHandler = ({ session, query, directory, pageTokens, settings }) => {
  const accountId = requireQuery(query, QUERY.accountId);
  const roles = directory.rolesOf(session.userId, accountId);
  if (!roles) throw noAccess(settings.noAccessError);
  const scope = pageScope("ListAccountRoles", session.userId, accountId);
  const page = paginate(roles, query, scope, pageTokens, settings.defaultPageSize);
  return {
    body: { nextToken: page.nextToken, roleList: page.items.map((roleName) => ({ roleName, accountId })) },
  };
};
