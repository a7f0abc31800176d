/**
 * The AWS IAM Identity Center (SSO) portal API client: {@link SSOClient} with one command per
 * operation ({@link GetRoleCredentialsCommand}, {@link ListAccountRolesCommand},
 * {@link ListAccountsCommand}, {@link LogoutCommand}), the aggregated {@link SSO} client, the
 * paginators, and the service's exceptions.
 *
 * @module client-sso
 */
// Named re-exports straight from each module, not `export *` through the folders' index files:
// in CommonJS, `export *` costs a tslib helper and one more module per folder on every cold start.
// test/exports.test.ts checks that this list covers everything the folders' index files export.
export { __Client, SSOClient } from "./SSOClient.js";
export type {
  ClientDefaults,
  ServiceInputTypes,
  ServiceOutputTypes,
  SSOClientConfig,
  SSOClientConfigType,
  SSOClientResolvedConfig,
  SSOClientResolvedConfigType,
} from "./SSOClient.js";
export { SSO } from "./SSO.js";
export type { ClientInputEndpointParameters, EndpointParameters } from "./endpoint/EndpointParameters.js";
export type { RuntimeExtension } from "./runtimeExtensions.js";
export type { SSOExtensionConfiguration } from "./extensionConfiguration.js";
export type { UserAgentInputConfig, UserAgentResolvedConfig } from "./middleware/userAgent/resolveUserAgentConfig.js";

// commands/
export { GetRoleCredentialsCommand } from "./commands/GetRoleCredentialsCommand.js";
export type {
  __MetadataBearer,
  GetRoleCredentialsCommandInput,
  GetRoleCredentialsCommandOutput,
} from "./commands/GetRoleCredentialsCommand.js";
export { ListAccountRolesCommand } from "./commands/ListAccountRolesCommand.js";
export type {
  ListAccountRolesCommandInput,
  ListAccountRolesCommandOutput,
} from "./commands/ListAccountRolesCommand.js";
export { ListAccountsCommand } from "./commands/ListAccountsCommand.js";
export type { ListAccountsCommandInput, ListAccountsCommandOutput } from "./commands/ListAccountsCommand.js";
export { LogoutCommand } from "./commands/LogoutCommand.js";
export type { LogoutCommandInput, LogoutCommandOutput } from "./commands/LogoutCommand.js";

// pagination/
export type { SSOPaginationConfiguration } from "./pagination/Interfaces.js";
export { paginateListAccountRoles } from "./pagination/ListAccountRolesPaginator.js";
export { paginateListAccounts } from "./pagination/ListAccountsPaginator.js";

// enumerate/
export { ACCOUNTS_WITH_ROLES_DEFAULTS } from "./enumerate/Interfaces.js";
export type {
  AccountsWithRolesInput,
  AccountsWithRolesPaginationConfiguration,
  AccountsWithRolesProgress,
  AccountWithRoles,
} from "./enumerate/Interfaces.js";
export { paginateAccountsWithRoles } from "./enumerate/paginateAccountsWithRoles.js";

// models/
export {
  GetRoleCredentialsRequestFilterSensitiveLog,
  GetRoleCredentialsResponseFilterSensitiveLog,
  InvalidRequestException,
  ListAccountRolesRequestFilterSensitiveLog,
  ListAccountsRequestFilterSensitiveLog,
  LogoutRequestFilterSensitiveLog,
  ResourceNotFoundException,
  RoleCredentialsFilterSensitiveLog,
  TooManyRequestsException,
  UnauthorizedException,
} from "./models/models_0.js";
export type {
  AccountInfo,
  GetRoleCredentialsRequest,
  GetRoleCredentialsResponse,
  ListAccountRolesRequest,
  ListAccountRolesResponse,
  ListAccountsRequest,
  ListAccountsResponse,
  LogoutRequest,
  RoleCredentials,
  RoleInfo,
} from "./models/models_0.js";
export { SSOServiceException } from "./models/SSOServiceException.js";
export { SSOValidationError } from "./models/SSOValidationError.js";
