import { makeRoleCredentials } from "../credentials.js";
import { noAccess } from "../errors.js";
import { QUERY } from "../wire.js";
import type { OperationHandler } from "./context.js";
import { requireQuery } from "./required.js";

/**
 * GetRoleCredentials: fresh short-term credentials for a role the caller may use in an account.
 *
 * HTTP: GET /federation/credentials, with `accessToken` in the `x-amz-sso_bearer_token` header
 * and `roleName`, `accountId` as `role_name`, `account_id` in the query; answers
 * `roleCredentials` (`expiration` in epoch milliseconds, `credentialDurationSeconds` from now).
 *
 * Errors: 400 InvalidRequestException for a missing `account_id` or `role_name`; 403
 * ForbiddenException (or 404 ResourceNotFoundException, see `noAccessError`) for a role not
 * assigned to the caller in that account. Before it runs, the request handler answers 401
 * UnauthorizedException (no valid token) and the injected faults (429 TooManyRequestsException, 5xx).
 */
export const GetRoleCredentials: OperationHandler = ({ session, query, directory, now, settings }) => {
  const accountId = requireQuery(query, QUERY.accountId);
  const roleName = requireQuery(query, QUERY.roleName);
  const roles = directory.rolesOf(session.userId, accountId);
  if (!roles?.includes(roleName)) throw noAccess(settings.noAccessError);
  return { body: { roleCredentials: makeRoleCredentials(now, settings.credentialDurationSeconds) } };
};
