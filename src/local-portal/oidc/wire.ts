/**
 * The SSO OIDC service's wire facts (model `sso-oidc` 2019-06-10, restJson1, unsigned), kept
 * here so nothing reads the model at run time.
 */

/** Paths of the operations the emulator serves (`http.requestUri`; all are POST). */
export const OIDC_PATHS = {
  RegisterClient: "/client/register",
  StartDeviceAuthorization: "/device_authorization",
  CreateToken: "/token",
} as const;

export type OidcOperationName = keyof typeof OIDC_PATHS;

/** Browser pages: not in the model, served for people rather than SDKs. */
export const PAGE_PATHS = {
  /** The authorization-code flow's start (newer AWS CLIs open it in a browser). */
  authorize: "/authorize",
  /** The device flow's `verificationUri`. */
  device: "/device",
  /** The default start URL points here, so it names something that exists. */
  start: "/start",
} as const;

/** `grantType` values of CreateToken. */
export const GRANT_TYPES = {
  deviceCode: "urn:ietf:params:oauth:grant-type:device_code",
  refreshToken: "refresh_token",
  authorizationCode: "authorization_code",
} as const;

/** `tokenType` in CreateToken answers. */
export const TOKEN_TYPE = "Bearer";

/** The service's Coral namespace, appended to the error code in `x-amzn-errortype`. */
export const OIDC_ERROR_TYPE_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";

/**
 * Every modeled error: its HTTP status (`error.httpStatusCode`) and the OAuth `error` code the
 * service puts in the body beside `error_description`.
 */
export const OIDC_ERRORS = {
  AccessDeniedException: { status: 400, oauth: "access_denied" },
  AuthorizationPendingException: { status: 400, oauth: "authorization_pending" },
  ExpiredTokenException: { status: 400, oauth: "expired_token" },
  InternalServerException: { status: 500, oauth: "server_error" },
  InvalidClientException: { status: 401, oauth: "invalid_client" },
  InvalidClientMetadataException: { status: 400, oauth: "invalid_client_metadata" },
  InvalidGrantException: { status: 400, oauth: "invalid_grant" },
  InvalidRedirectUriException: { status: 400, oauth: "invalid_redirect_uri" },
  InvalidRequestException: { status: 400, oauth: "invalid_request" },
  InvalidScopeException: { status: 400, oauth: "invalid_scope" },
  SlowDownException: { status: 400, oauth: "slow_down" },
  UnauthorizedClientException: { status: 400, oauth: "unauthorized_client" },
  UnsupportedGrantTypeException: { status: 400, oauth: "unsupported_grant_type" },
} as const;

export type OidcErrorCode = keyof typeof OIDC_ERRORS;
