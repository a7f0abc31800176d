import { OIDC_ERRORS, type OidcErrorCode } from "./wire.js";

/** An OIDC error as the service sends it: status, `x-amzn-errortype` and an OAuth error body. */
export class OidcError extends Error {
  readonly status: number;
  readonly oauthError: string;

  constructor(
    readonly code: OidcErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = code;
    this.status = OIDC_ERRORS[code].status;
    this.oauthError = OIDC_ERRORS[code].oauth;
  }

  /** The JSON body: `{"error": "<oauth code>", "error_description": "…"}`. */
  toBody(): { error: string; error_description: string } {
    return { error: this.oauthError, error_description: this.description };
  }
}

export const oidcError = (code: OidcErrorCode, description: string): OidcError => new OidcError(code, description);
