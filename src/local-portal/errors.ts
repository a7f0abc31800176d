/**
 * Errors the emulator answers with. Handlers throw a PortalError; the server turns it into
 * the status, the `x-amzn-errortype` header and a `{"message": …}` JSON body.
 */

/** The model's errors plus the unmodeled ones the real service and its front end send. */
export type PortalErrorCode =
  | "InvalidRequestException"
  | "UnauthorizedException"
  | "ResourceNotFoundException"
  | "TooManyRequestsException"
  | "ForbiddenException"
  | "UnknownOperationException"
  | "InternalFailure"
  | "ServiceUnavailable";

export class PortalError extends Error {
  constructor(
    readonly code: PortalErrorCode,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

// Messages follow what the real service is known to answer where we know it.
export const invalidRequest = (message: string): PortalError =>
  new PortalError("InvalidRequestException", 400, message);

export const unauthorized = (): PortalError =>
  new PortalError("UnauthorizedException", 401, "Session token not found or invalid");

/** Which error an unassigned account or role gets; see `LocalPortalOptions.noAccessError`. */
export type NoAccessError = "ForbiddenException" | "ResourceNotFoundException";

export const noAccess = (code: NoAccessError): PortalError =>
  code === "ForbiddenException"
    ? new PortalError("ForbiddenException", 403, "No access")
    : new PortalError("ResourceNotFoundException", 404, "No access");

export const tooManyRequests = (): PortalError =>
  new PortalError("TooManyRequestsException", 429, "Rate exceeded");

export const unknownOperation = (): PortalError =>
  new PortalError("UnknownOperationException", 404, "Unknown operation");

/** Injected server failures (the `failureRate` knob). */
export const serverFailure = (status: number): PortalError =>
  status === 503
    ? new PortalError("ServiceUnavailable", 503, "Service is unavailable, please retry")
    : new PortalError("InternalFailure", status, "An internal error occurred, please retry");
