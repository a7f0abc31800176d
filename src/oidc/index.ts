/**
 * `client-sso/oidc`: the AWS IAM Identity Center OIDC client ({@link SSOOIDCClient}) with
 * `RegisterClient`, `StartDeviceAuthorization` and `CreateToken`, the operations a sign-in uses.
 *
 * @module client-sso/oidc
 */
export { __Client, SSOOIDCClient } from "./SSOOIDCClient.js";
export type {
  ServiceInputTypes,
  ServiceOutputTypes,
  SSOOIDCClientConfig,
  SSOOIDCClientConfigType,
  SSOOIDCClientResolvedConfig,
  SSOOIDCClientResolvedConfigType,
} from "./SSOOIDCClient.js";
export type { EndpointParameters } from "./endpoint/EndpointParameters.js";
export { CreateTokenCommand } from "./commands/CreateTokenCommand.js";
export type { CreateTokenCommandInput, CreateTokenCommandOutput } from "./commands/CreateTokenCommand.js";
export { RegisterClientCommand } from "./commands/RegisterClientCommand.js";
export type { RegisterClientCommandInput, RegisterClientCommandOutput } from "./commands/RegisterClientCommand.js";
export { StartDeviceAuthorizationCommand } from "./commands/StartDeviceAuthorizationCommand.js";
export type {
  StartDeviceAuthorizationCommandInput,
  StartDeviceAuthorizationCommandOutput,
} from "./commands/StartDeviceAuthorizationCommand.js";
export {
  CreateTokenRequestFilterSensitiveLog,
  CreateTokenResponseFilterSensitiveLog,
  RegisterClientRequestFilterSensitiveLog,
  RegisterClientResponseFilterSensitiveLog,
  StartDeviceAuthorizationRequestFilterSensitiveLog,
  StartDeviceAuthorizationResponseFilterSensitiveLog,
} from "./models/models_0.js";
export type {
  CreateTokenRequest,
  CreateTokenResponse,
  RegisterClientRequest,
  RegisterClientResponse,
  StartDeviceAuthorizationRequest,
  StartDeviceAuthorizationResponse,
} from "./models/models_0.js";
export {
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
} from "./models/errors.js";
export type { OAuthErrorMembers } from "./models/errors.js";
export { SSOOIDCServiceException } from "./models/SSOOIDCServiceException.js";
