/**
 * The AWS IAM Identity Center (SSO) portal API client: {@link SSOClient} with one command per
 * operation ({@link GetRoleCredentialsCommand}, {@link ListAccountRolesCommand},
 * {@link ListAccountsCommand}, {@link LogoutCommand}), the aggregated {@link SSO} client, the
 * paginators, and the service's exceptions.
 *
 * @module client-sso
 */
export * from "./SSOClient.js";
export * from "./SSO.js";
export type { ClientInputEndpointParameters, EndpointParameters } from "./endpoint/EndpointParameters.js";
export type { RuntimeExtension } from "./runtimeExtensions.js";
export type { SSOExtensionConfiguration } from "./extensionConfiguration.js";
export type { UserAgentInputConfig, UserAgentResolvedConfig } from "./aws/userAgent/resolveUserAgentConfig.js";
export * from "./commands/index.js";
export * from "./pagination/index.js";
export * from "./enumerate/index.js";
export * from "./models/index.js";
export { SSOServiceException } from "./models/SSOServiceException.js";
