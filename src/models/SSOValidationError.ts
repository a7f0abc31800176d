/**
 * The error of input checks made before anything is sent: a missing required member, a member of
 * the wrong type, a string member too long to send, an access token with characters a header
 * cannot carry. Messages name the member and the shape, never a member's value (the access token
 * is sensitive). Test for it with `error instanceof SSOValidationError`.
 */
export class SSOValidationError extends Error {
  /** Always `"ValidationError"`. */
  override readonly name = "ValidationError";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, SSOValidationError.prototype);
  }
}
