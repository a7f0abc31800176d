import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";

import { SSOOIDCServiceException as __BaseException } from "./SSOOIDCServiceException.js";

/** The members every OIDC error body carries (OAuth 2.0 style, RFC 6749 section 5.2). */
export interface OAuthErrorMembers {
  /** The OAuth error code, e.g. `authorization_pending`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
}

/** You do not have sufficient access to perform this action. OAuth code `access_denied`. */
export class AccessDeniedException extends __BaseException {
  /** Always `"AccessDeniedException"`, the error code the service sends. */
  override readonly name = "AccessDeniedException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `access_denied`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  /** A string that uniquely identifies a reason for the error (a KMS failure). */
  reason?: string | undefined;
  constructor(opts: __ExceptionOptionType<AccessDeniedException, __BaseException>) {
    super({ name: "AccessDeniedException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
    this.reason = opts.reason;
  }
}

/** A request to authorize a client with an access user session token is pending: the user has not approved yet. OAuth code `authorization_pending`. */
export class AuthorizationPendingException extends __BaseException {
  /** Always `"AuthorizationPendingException"`, the error code the service sends. */
  override readonly name = "AuthorizationPendingException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `authorization_pending`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<AuthorizationPendingException, __BaseException>) {
    super({ name: "AuthorizationPendingException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, AuthorizationPendingException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The token issued by the service (a device code, a refresh token) is expired and is no longer valid. OAuth code `expired_token`. */
export class ExpiredTokenException extends __BaseException {
  /** Always `"ExpiredTokenException"`, the error code the service sends. */
  override readonly name = "ExpiredTokenException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `expired_token`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<ExpiredTokenException, __BaseException>) {
    super({ name: "ExpiredTokenException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, ExpiredTokenException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** An error from the service occurred while trying to process a request. OAuth code `server_error`. */
export class InternalServerException extends __BaseException {
  /** Always `"InternalServerException"`, the error code the service sends. */
  override readonly name = "InternalServerException" as const;
  /** Always `"server"`: the service failed. */
  override readonly $fault = "server" as const;
  /** `server_error`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InternalServerException, __BaseException>) {
    super({ name: "InternalServerException", $fault: "server", ...opts });
    Object.setPrototypeOf(this, InternalServerException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The `clientId` or `clientSecret` in the request is invalid, e.g. an expired client registration. OAuth code `invalid_client`. */
export class InvalidClientException extends __BaseException {
  /** Always `"InvalidClientException"`, the error code the service sends. */
  override readonly name = "InvalidClientException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_client`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidClientException, __BaseException>) {
    super({ name: "InvalidClientException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidClientException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The client information sent in the request during registration is invalid. OAuth code `invalid_client_metadata`. */
export class InvalidClientMetadataException extends __BaseException {
  /** Always `"InvalidClientMetadataException"`, the error code the service sends. */
  override readonly name = "InvalidClientMetadataException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_client_metadata`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidClientMetadataException, __BaseException>) {
    super({ name: "InvalidClientMetadataException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidClientMetadataException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The request contains an invalid grant (an unknown or used code or refresh token). OAuth code `invalid_grant`. */
export class InvalidGrantException extends __BaseException {
  /** Always `"InvalidGrantException"`, the error code the service sends. */
  override readonly name = "InvalidGrantException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_grant`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidGrantException, __BaseException>) {
    super({ name: "InvalidGrantException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidGrantException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** One or more redirect URI in the request is not supported for this operation. OAuth code `invalid_redirect_uri`. */
export class InvalidRedirectUriException extends __BaseException {
  /** Always `"InvalidRedirectUriException"`, the error code the service sends. */
  override readonly name = "InvalidRedirectUriException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_redirect_uri`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidRedirectUriException, __BaseException>) {
    super({ name: "InvalidRedirectUriException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidRedirectUriException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** Something is wrong with the input to the request, e.g. a required parameter is missing or out of range. OAuth code `invalid_request`. */
export class InvalidRequestException extends __BaseException {
  /** Always `"InvalidRequestException"`, the error code the service sends. */
  override readonly name = "InvalidRequestException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_request`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  /** A string that uniquely identifies a reason for the error (a KMS failure). */
  reason?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidRequestException, __BaseException>) {
    super({ name: "InvalidRequestException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidRequestException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
    this.reason = opts.reason;
  }
}

/** The scope provided in the request is invalid. OAuth code `invalid_scope`. */
export class InvalidScopeException extends __BaseException {
  /** Always `"InvalidScopeException"`, the error code the service sends. */
  override readonly name = "InvalidScopeException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `invalid_scope`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidScopeException, __BaseException>) {
    super({ name: "InvalidScopeException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, InvalidScopeException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The client is polling too frequently: wait longer between attempts. OAuth code `slow_down`. */
export class SlowDownException extends __BaseException {
  /** Always `"SlowDownException"`, the error code the service sends. */
  override readonly name = "SlowDownException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `slow_down`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<SlowDownException, __BaseException>) {
    super({ name: "SlowDownException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, SlowDownException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The client is not currently authorized to make the request, e.g. a `clientId` not issued for a public client. OAuth code `unauthorized_client`. */
export class UnauthorizedClientException extends __BaseException {
  /** Always `"UnauthorizedClientException"`, the error code the service sends. */
  override readonly name = "UnauthorizedClientException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `unauthorized_client`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<UnauthorizedClientException, __BaseException>) {
    super({ name: "UnauthorizedClientException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, UnauthorizedClientException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The grant type in the request is not supported by the service. OAuth code `unsupported_grant_type`. */
export class UnsupportedGrantTypeException extends __BaseException {
  /** Always `"UnsupportedGrantTypeException"`, the error code the service sends. */
  override readonly name = "UnsupportedGrantTypeException" as const;
  /** Always `"client"`: the request, not the service, was at fault. */
  override readonly $fault = "client" as const;
  /** `unsupported_grant_type`. */
  error?: string | undefined;
  /** Human-readable text about the error. */
  error_description?: string | undefined;
  constructor(opts: __ExceptionOptionType<UnsupportedGrantTypeException, __BaseException>) {
    super({ name: "UnsupportedGrantTypeException", $fault: "client", ...opts });
    Object.setPrototypeOf(this, UnsupportedGrantTypeException.prototype);
    this.error = opts.error;
    this.error_description = opts.error_description;
  }
}

/** The modeled errors by error code (the shape name), for the deserializer. */
export const MODELED_ERRORS = {
  AccessDeniedException,
  AuthorizationPendingException,
  ExpiredTokenException,
  InternalServerException,
  InvalidClientException,
  InvalidClientMetadataException,
  InvalidGrantException,
  InvalidRedirectUriException,
  InvalidRequestException,
  InvalidScopeException,
  SlowDownException,
  UnauthorizedClientException,
  UnsupportedGrantTypeException,
} as const;

/**
 * The shape name for an OAuth `error` code, for a body that carries only that (no
 * `x-amzn-errortype` header). `invalid_request` is also InvalidRequestRegionException's code,
 * an error of CreateTokenWithIAM only, so it maps to InvalidRequestException.
 */
export const ERROR_BY_OAUTH_CODE: Readonly<Record<string, keyof typeof MODELED_ERRORS>> = {
  access_denied: "AccessDeniedException",
  authorization_pending: "AuthorizationPendingException",
  expired_token: "ExpiredTokenException",
  server_error: "InternalServerException",
  invalid_client: "InvalidClientException",
  invalid_client_metadata: "InvalidClientMetadataException",
  invalid_grant: "InvalidGrantException",
  invalid_redirect_uri: "InvalidRedirectUriException",
  invalid_request: "InvalidRequestException",
  invalid_scope: "InvalidScopeException",
  slow_down: "SlowDownException",
  unauthorized_client: "UnauthorizedClientException",
  unsupported_grant_type: "UnsupportedGrantTypeException",
};
