export * from "./GetRoleCredentialsCommand.js";
export * from "./ListAccountRolesCommand.js";
export * from "./ListAccountsCommand.js";
export * from "./LogoutCommand.js";
