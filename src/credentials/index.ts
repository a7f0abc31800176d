/**
 * `client-sso/credentials`: AWS credentials from IAM Identity Center sign-in ({@link fromSSO}),
 * and the SSO token cache the AWS CLI and SDKs share (`~/.aws/sso/cache`). Node.js only.
 *
 * @module client-sso/credentials
 */
export { fromSSO } from "./fromSSO.js";
export type { FromSSOInit } from "./fromSSO.js";
export { CredentialsProviderError } from "./CredentialsProviderError.js";
export type { RoleCredentialIdentity } from "./roleCredentials.js";
export { getSsoToken, REFRESH_WINDOW_MS } from "./ssoToken.js";
export type { SsoTokenOptions } from "./ssoToken.js";
export { readSsoProfile } from "./ssoProfile.js";
export type { SsoProfileSettings, SsoSessionSettings } from "./ssoProfile.js";
export { readTokenFile, tokenCacheKey, tokenFilePath, writeTokenFile } from "./tokenCache.js";
export type { SsoToken } from "./tokenCache.js";
export type { Environment } from "./paths.js";
