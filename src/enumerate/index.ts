export * from "./Interfaces.js";
export { paginateAccountsWithRoles } from "./paginateAccountsWithRoles.js";
