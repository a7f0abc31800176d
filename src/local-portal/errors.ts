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
  | "MethodNotAllowedException"
  | "HostNotAllowed"
  | "InternalFailure"
  | "ServiceUnavailable";

export class PortalError extends Error {
  constructor(
    readonly code: PortalErrorCode,
    readonly status: number,
    message: string,
    /** Adds the namespaced `__type` to the body, as the real service does for this error. */
    readonly typedBody = false,
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
    ? new PortalError("ForbiddenException", 403, "No access", true)
    : new PortalError("ResourceNotFoundException", 404, "No access");

export const tooManyRequests = (): PortalError => new PortalError("TooManyRequestsException", 429, "Rate exceeded");

export const unknownOperation = (): PortalError =>
  new PortalError("UnknownOperationException", 404, "Unknown operation");

/** A known path asked with the wrong method (the real service answers 405, not 404). */
export const methodNotAllowed = (): PortalError =>
  new PortalError("MethodNotAllowedException", 405, "Method not allowed");

/** A `Host` header that is neither loopback, an IP address nor an allowed name: DNS rebinding. */
export const hostNotAllowed = (): PortalError =>
  new PortalError("HostNotAllowed", 403, "Host not allowed: start the emulator with --allow-host <name> to serve it");

/** Injected server failures (the `failureRate` knob). */
export const serverFailure = (status: number): PortalError =>
  status === 503
    ? new PortalError("ServiceUnavailable", 503, "Service is unavailable, please retry")
    : new PortalError("InternalFailure", status, "An internal error occurred, please retry");
