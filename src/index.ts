/**
 * The AWS IAM Identity Center (SSO) portal API client: {@link SSOClient} with one command per
 * operation ({@link GetRoleCredentialsCommand}, {@link ListAccountRolesCommand},
 * {@link ListAccountsCommand}, {@link LogoutCommand}), the aggregated {@link SSO} client, the
 * paginators, and the service's exceptions.
 *
 * @module client-sso
 */
// As the original's index: the clients, and each folder through its index file. `export *` costs
// nothing at run time: the Node entry points are bundles (esbuild resolves re-exports when it
// builds) and bundlers do the same with dist-es. The order is for the browser bundle: the models
// first, then the aggregated client (which brings in the commands and paginators), then the
// client's own plugins makes it about 300 B gzip smaller than the original's order, with the
// same exports (bench/bundle.mjs). test/exports.test.ts checks that the folders' index files
// cover their folders and that nothing internal leaks.
export * from "./models/index.js";
export { SSOServiceException } from "./models/SSOServiceException.js";
export { SSOValidationError } from "./models/SSOValidationError.js";
export * from "./SSO.js";
export * from "./SSOClient.js";
export * from "./commands/index.js";
export * from "./pagination/index.js";
export * from "./enumerate/index.js";
// The original re-exports smithy's Command under this name, for commands written outside the package.
export { Command as $Command } from "@smithy/smithy-client";
export type { ClientInputEndpointParameters, EndpointParameters } from "./endpoint/EndpointParameters.js";
export type { RuntimeExtension } from "./runtimeExtensions.js";
export type { SSOExtensionConfiguration } from "./extensionConfiguration.js";
export type { UserAgentInputConfig, UserAgentResolvedConfig } from "./middleware/userAgent/resolveUserAgentConfig.js";
