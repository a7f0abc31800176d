import {
  ServiceException as __ServiceException,
  type ServiceExceptionOptions as __ServiceExceptionOptions,
} from "@smithy/smithy-client";

export type { __ServiceExceptionOptions };
export { __ServiceException };

/**
 * Base exception class for all service exceptions from the SSO OIDC service: modeled errors
 * extend it, and an unmodeled error code becomes an instance of it named after the code.
 */
export class SSOOIDCServiceException extends __ServiceException {
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, SSOOIDCServiceException.prototype);
  }
}
