/**
 * The service's wire names in one place: the model's member names on the left, what
 * travels over HTTP on the right (restJson1 bindings from the Smithy model).
 */

/** Header carrying the access token (`accessToken`, `smithy.api#httpHeader`). */
export const ACCESS_TOKEN_HEADER = "x-amz-sso_bearer_token";

/** Query keys (`smithy.api#httpQuery`). */
export const QUERY = {
  accountId: "account_id",
  roleName: "role_name",
  maxResults: "max_result",
  nextToken: "next_token",
} as const;

/** Paths of the four operations (`smithy.api#http`). */
export const PATHS = {
  GetRoleCredentials: "/federation/credentials",
  ListAccountRoles: "/assignment/roles",
  ListAccounts: "/assignment/accounts",
  Logout: "/logout",
} as const;

export type OperationName = keyof typeof PATHS;

export const REQUEST_ID_HEADER = "x-amzn-requestid";
export const ERROR_TYPE_HEADER = "x-amzn-errortype";

/**
 * The real service appends its Coral namespace to the error code; clients keep only the
 * part before the colon, so sending it exercises their header parsing.
 */
export const ERROR_TYPE_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/";

/** `smithy.api#range` of `MaxResultType`. */
export const MAX_RESULTS_RANGE = { min: 1, max: 100 } as const;

/** The service's Smithy namespace, as the real portal writes it in a 403 body's `__type`. */
export const SERVICE_NAMESPACE = "com.amazonaws.switchboard.portal";
