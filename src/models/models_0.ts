import { SENSITIVE_STRING, type ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";

import { SSOServiceException as __BaseException } from "./SSOServiceException.js";

/** Provides information about your AWS account. */
export interface AccountInfo {
  /** The identifier of the AWS account that is assigned to the user. */
  accountId?: string | undefined;
  /** The display name of the AWS account that is assigned to the user. */
  accountName?: string | undefined;
  /** The email address of the AWS account that is assigned to the user. */
  emailAddress?: string | undefined;
}

/** The input of `GetRoleCredentials`: the role, its account, and the user's access token. */
export interface GetRoleCredentialsRequest {
  /** The friendly name of the role that is assigned to the user. */
  roleName: string | undefined;
  /** The identifier for the AWS account that is assigned to the user. */
  accountId: string | undefined;
  /** The token issued by the `CreateToken` API call (IAM Identity Center OIDC). Sensitive. */
  accessToken: string | undefined;
}

/** Provides information about the role credentials that are assigned to the user. */
export interface RoleCredentials {
  /** The identifier used for the temporary security credentials. */
  accessKeyId?: string | undefined;
  /** The key that is used to sign the request. Sensitive. */
  secretAccessKey?: string | undefined;
  /** The token used for temporary credentials. Sensitive. */
  sessionToken?: string | undefined;
  /** The date on which temporary security credentials expire, in epoch milliseconds. */
  expiration?: number | undefined;
}

/** The output of `GetRoleCredentials`: short-term AWS credentials for the role. */
export interface GetRoleCredentialsResponse {
  /** The credentials for the role that is assigned to the user. */
  roleCredentials?: RoleCredentials | undefined;
}

/** Indicates that a problem occurred with the input to the request. */
export class InvalidRequestException extends __BaseException {
  /** Always `"InvalidRequestException"`, the error code the service sends. */
  override readonly name = "InvalidRequestException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  constructor(opts: __ExceptionOptionType<InvalidRequestException, __BaseException>) {
    super({ name: "InvalidRequestException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidRequestException.prototype);
  }
}

/** The specified resource doesn't exist. */
export class ResourceNotFoundException extends __BaseException {
  /** Always `"ResourceNotFoundException"`, the error code the service sends. */
  override readonly name = "ResourceNotFoundException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({ name: "ResourceNotFoundException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
  }
}

/** Indicates that the request is being made too frequently and is more than what the server can handle. */
export class TooManyRequestsException extends __BaseException {
  /** Always `"TooManyRequestsException"`, the error code the service sends. */
  override readonly name = "TooManyRequestsException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  constructor(opts: __ExceptionOptionType<TooManyRequestsException, __BaseException>) {
    super({ name: "TooManyRequestsException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, TooManyRequestsException.prototype);
  }
}

/** Indicates that the request is not authorized. This can happen due to an invalid access token in the request. */
export class UnauthorizedException extends __BaseException {
  /** Always `"UnauthorizedException"`, the error code the service sends. */
  override readonly name = "UnauthorizedException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  constructor(opts: __ExceptionOptionType<UnauthorizedException, __BaseException>) {
    super({ name: "UnauthorizedException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, UnauthorizedException.prototype);
  }
}

/** The input of `ListAccountRoles`: the account whose roles the user may assume, one page at a time. */
export interface ListAccountRolesRequest {
  /** The page token from the previous response output when you request subsequent pages. */
  nextToken?: string | undefined;
  /** The number of items that clients can request per page (1–100). */
  maxResults?: number | undefined;
  /** The token issued by the `CreateToken` API call. Sensitive. */
  accessToken: string | undefined;
  /** The identifier for the AWS account that is assigned to the user. */
  accountId: string | undefined;
}

/** Provides information about the role that is assigned to the user. */
export interface RoleInfo {
  /** The friendly name of the role that is assigned to the user. */
  roleName?: string | undefined;
  /** The identifier of the AWS account assigned to the user. */
  accountId?: string | undefined;
}

/** The output of `ListAccountRoles`: one page of roles and the token for the next page. */
export interface ListAccountRolesResponse {
  /** The page token client that is used to retrieve the list of accounts. */
  nextToken?: string | undefined;
  /** A paginated response with the list of roles and the next token if more results are available. */
  roleList?: RoleInfo[] | undefined;
}

/** The input of `ListAccounts`: the user's access token and the page to return. */
export interface ListAccountsRequest {
  /** (Optional) When requesting subsequent pages, this is the page token from the previous response output. */
  nextToken?: string | undefined;
  /** This is the number of items clients can request per page (1–100). */
  maxResults?: number | undefined;
  /** The token issued by the `CreateToken` API call. Sensitive. */
  accessToken: string | undefined;
}

/** The output of `ListAccounts`: one page of the user's accounts and the token for the next page. */
export interface ListAccountsResponse {
  /** The page token client that is used to retrieve the list of accounts. */
  nextToken?: string | undefined;
  /** A paginated response with the list of account information and the next token if more results are available. */
  accountList?: AccountInfo[] | undefined;
}

/** The input of `Logout`: the access token of the session to end. */
export interface LogoutRequest {
  /** The token issued by the `CreateToken` API call. Sensitive. */
  accessToken: string | undefined;
}

// Sensitive-log filters: what the logger may print of each shape (model trait smithy.api#sensitive).
const hideAccessToken = <T extends { accessToken?: string | undefined }>(obj: T): T => ({
  ...obj,
  ...(obj.accessToken && { accessToken: SENSITIVE_STRING }),
});

/** What a logger may print of a `GetRoleCredentialsRequest`: the access token is masked. */
export const GetRoleCredentialsRequestFilterSensitiveLog = (obj: GetRoleCredentialsRequest): any =>
  hideAccessToken(obj);

// Typed, so the response filter below builds on it without an `any`; the export keeps the SDK's `any`.
const maskRoleCredentials = (obj: RoleCredentials): RoleCredentials | typeof SENSITIVE_STRING =>
  // A response may carry something other than an object here (a JSON-encoded string, say): it is
  // masked as a whole, since it may hold the secrets (the SDK logs it as it came).
  obj === null || typeof obj !== "object"
    ? SENSITIVE_STRING
    : {
        ...obj,
        ...(obj.secretAccessKey && { secretAccessKey: SENSITIVE_STRING }),
        ...(obj.sessionToken && { sessionToken: SENSITIVE_STRING }),
      };

/** What a logger may print of `RoleCredentials`: the secret access key and session token are masked. */
export const RoleCredentialsFilterSensitiveLog = (obj: RoleCredentials): any => maskRoleCredentials(obj);

/** What a logger may print of a `GetRoleCredentialsResponse`: the credentials' secrets are masked. */
export const GetRoleCredentialsResponseFilterSensitiveLog = (obj: GetRoleCredentialsResponse): any => ({
  ...obj,
  ...(obj.roleCredentials && { roleCredentials: maskRoleCredentials(obj.roleCredentials) }),
});

/** What a logger may print of a `ListAccountRolesRequest`: the access token is masked. */
export const ListAccountRolesRequestFilterSensitiveLog = (obj: ListAccountRolesRequest): any => hideAccessToken(obj);

/** What a logger may print of a `ListAccountsRequest`: the access token is masked. */
export const ListAccountsRequestFilterSensitiveLog = (obj: ListAccountsRequest): any => hideAccessToken(obj);

/** What a logger may print of a `LogoutRequest`: the access token is masked. */
export const LogoutRequestFilterSensitiveLog = (obj: LogoutRequest): any => hideAccessToken(obj);
