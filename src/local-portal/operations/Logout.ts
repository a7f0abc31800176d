import type { OperationHandler } from "./context.js";

/**
 * Logout: ends the caller's sign-in session; the token stops working for every operation.
 *
 * HTTP: POST /logout, with `accessToken` in the `x-amz-sso_bearer_token` header; answers 200
 * with no body.
 *
 * Errors: none of its own. Before it runs, the request handler answers 401
 * UnauthorizedException (no valid token, or one already logged out) and the injected faults
 * (429 TooManyRequestsException, 5xx).
 */
export const Logout: OperationHandler = ({ session, directory }) => {
  directory.revokeToken(session.accessToken);
  return {};
};
