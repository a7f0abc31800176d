/**
 * A credentials provider failure the user can act on. The message never carries a token or a
 * secret. `tryNextLink` tells a provider chain whether another source may be tried, as the AWS
 * SDK's `CredentialsProviderError` does (same `name`, so chains that check it behave the same).
 */
export class CredentialsProviderError extends Error {
  /** Always `"CredentialsProviderError"`. */
  override readonly name = "CredentialsProviderError";
  /** True when the profile is not an SSO one (another provider of a chain may serve it). */
  readonly tryNextLink: boolean;

  constructor(message: string, options: { tryNextLink?: boolean } = {}) {
    super(message);
    this.tryNextLink = options.tryNextLink ?? false;
    Object.setPrototypeOf(this, CredentialsProviderError.prototype);
  }
}
