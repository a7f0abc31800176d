export * from "./Interfaces.js";
export * from "./ListAccountRolesPaginator.js";
export * from "./ListAccountsPaginator.js";
