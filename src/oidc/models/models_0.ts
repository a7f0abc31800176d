import { SENSITIVE_STRING } from "@smithy/smithy-client";

/** The input of `RegisterClient`: registers a public client with IAM Identity Center. */
export interface RegisterClientRequest {
  /** The friendly name of the client. */
  clientName: string | undefined;
  /** The type of client; the service supports only `public`. */
  clientType: string | undefined;
  /** The scopes the client defines, e.g. `sso:account:access`. */
  scopes?: string[] | undefined;
  /** Where the user agent may be sent back after authorization (authorization-code grant). */
  redirectUris?: string[] | undefined;
  /** The OAuth 2.0 grant types the client may use: `authorization_code`, `urn:ietf:params:oauth:grant-type:device_code`, `refresh_token`. */
  grantTypes?: string[] | undefined;
  /** The IAM Identity Center issuer URL of the instance (for the authorization-code grant). */
  issuerUrl?: string | undefined;
  /** An IAM Identity Center application ARN that restricts the client's scopes, grants and redirect URIs. */
  entitledApplicationArn?: string | undefined;
}

/** The output of `RegisterClient`: the client's credentials and endpoints. */
export interface RegisterClientResponse {
  /** The client's identifier. */
  clientId?: string | undefined;
  /** The client's secret. Sensitive. */
  clientSecret?: string | undefined;
  /** When the client ID and secret were issued, in epoch seconds. */
  clientIdIssuedAt?: number | undefined;
  /** When the client ID and secret become invalid, in epoch seconds. */
  clientSecretExpiresAt?: number | undefined;
  /** Where the client requests authorization (authorization-code grant). */
  authorizationEndpoint?: string | undefined;
  /** Where the client creates tokens. */
  tokenEndpoint?: string | undefined;
}

/** The input of `StartDeviceAuthorization`: starts a device-code sign-in for a start URL. */
export interface StartDeviceAuthorizationRequest {
  /** From `RegisterClient`. */
  clientId: string | undefined;
  /** From `RegisterClient`. Sensitive. */
  clientSecret: string | undefined;
  /** The URL of the AWS access portal. */
  startUrl: string | undefined;
}

/** The output of `StartDeviceAuthorization`: the codes and where the user approves. */
export interface StartDeviceAuthorizationResponse {
  /** The short-lived code the device polls `CreateToken` with. Sensitive here. */
  deviceCode?: string | undefined;
  /** The one-time code the user checks on the verification page. */
  userCode?: string | undefined;
  /** The verification page. */
  verificationUri?: string | undefined;
  /** The verification page with the user code filled in, for a browser to open. */
  verificationUriComplete?: string | undefined;
  /** Seconds until the codes become invalid. */
  expiresIn?: number | undefined;
  /** Seconds to wait between two polls. */
  interval?: number | undefined;
}

/** The input of `CreateToken`: a grant (device code, authorization code or refresh token) for a token. */
export interface CreateTokenRequest {
  /** From `RegisterClient`. */
  clientId: string | undefined;
  /** From `RegisterClient`. Sensitive. */
  clientSecret: string | undefined;
  /** `urn:ietf:params:oauth:grant-type:device_code`, `authorization_code` or `refresh_token`. */
  grantType: string | undefined;
  /** The device code (device-code grant). Sensitive here. */
  deviceCode?: string | undefined;
  /** The authorization code (authorization-code grant). */
  code?: string | undefined;
  /** The refresh token (refresh-token grant). Sensitive. */
  refreshToken?: string | undefined;
  /** Has no effect: the token has every scope the client registered. */
  scope?: string[] | undefined;
  /** The redirect URI the authorization code was sent to (authorization-code grant). */
  redirectUri?: string | undefined;
  /** The PKCE code verifier (authorization-code grant). Sensitive. */
  codeVerifier?: string | undefined;
}

/** The output of `CreateToken`. */
export interface CreateTokenResponse {
  /** The bearer token for the portal API. Sensitive. */
  accessToken?: string | undefined;
  /** `Bearer`. */
  tokenType?: string | undefined;
  /** Seconds until the access token expires. */
  expiresIn?: number | undefined;
  /** A token that gets a new access token through `CreateToken` later. Sensitive. */
  refreshToken?: string | undefined;
  /** Not implemented by the service. Sensitive. */
  idToken?: string | undefined;
}

// Sensitive-log filters: what a logger may print of each shape. The model marks clientSecret,
// accessToken, refreshToken, idToken and codeVerifier; the device code is masked too: with the
// client's credentials it is enough to collect the user's token.
const mask = <T extends object>(obj: T, members: readonly (keyof T)[]): T => {
  const copy = { ...obj };
  for (const member of members) if (copy[member]) (copy as Record<keyof T, unknown>)[member] = SENSITIVE_STRING;
  return copy;
};

/** What a logger may print of a `RegisterClientRequest`: nothing is masked. */
export const RegisterClientRequestFilterSensitiveLog = (obj: RegisterClientRequest): any => ({ ...obj });

/** What a logger may print of a `RegisterClientResponse`: `clientSecret` is masked. */
export const RegisterClientResponseFilterSensitiveLog = (obj: RegisterClientResponse): any =>
  mask(obj, ["clientSecret"]);

/** What a logger may print of a `StartDeviceAuthorizationRequest`: `clientSecret` is masked. */
export const StartDeviceAuthorizationRequestFilterSensitiveLog = (obj: StartDeviceAuthorizationRequest): any =>
  mask(obj, ["clientSecret"]);

/** What a logger may print of a `StartDeviceAuthorizationResponse`: `deviceCode` is masked. */
export const StartDeviceAuthorizationResponseFilterSensitiveLog = (obj: StartDeviceAuthorizationResponse): any =>
  mask(obj, ["deviceCode"]);

/** What a logger may print of a `CreateTokenRequest`: `clientSecret`, `refreshToken`, `codeVerifier` and `deviceCode` are masked. */
export const CreateTokenRequestFilterSensitiveLog = (obj: CreateTokenRequest): any =>
  mask(obj, ["clientSecret", "refreshToken", "codeVerifier", "deviceCode"]);

/** What a logger may print of a `CreateTokenResponse`: `accessToken`, `refreshToken` and `idToken` are masked. */
export const CreateTokenResponseFilterSensitiveLog = (obj: CreateTokenResponse): any =>
  mask(obj, ["accessToken", "refreshToken", "idToken"]);
