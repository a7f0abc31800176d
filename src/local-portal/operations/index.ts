import { PATHS, type OperationName } from "../wire.js";
import type { OperationHandler } from "./context.js";
import { GetRoleCredentials } from "./GetRoleCredentials.js";
import { ListAccountRoles } from "./ListAccountRoles.js";
import { ListAccounts } from "./ListAccounts.js";
import { Logout } from "./Logout.js";

export interface Route {
  operation: OperationName;
  handle: OperationHandler;
}

/** `"METHOD /path"` → operation, from the model's `smithy.api#http` traits. */
const ROUTES = new Map<string, Route>([
  [`GET ${PATHS.GetRoleCredentials}`, { operation: "GetRoleCredentials", handle: GetRoleCredentials }],
  [`GET ${PATHS.ListAccountRoles}`, { operation: "ListAccountRoles", handle: ListAccountRoles }],
  [`GET ${PATHS.ListAccounts}`, { operation: "ListAccounts", handle: ListAccounts }],
  [`POST ${PATHS.Logout}`, { operation: "Logout", handle: Logout }],
]);

export function findRoute(method: string, path: string): Route | undefined {
  return ROUTES.get(`${method} ${path}`);
}

/** The methods a known path answers, for a 405's `Allow` header; empty for an unknown path. */
export function allowedMethods(path: string): string[] {
  const methods: string[] = [];
  for (const key of ROUTES.keys()) {
    const space = key.indexOf(" ");
    if (key.slice(space + 1) === path) methods.push(key.slice(0, space));
  }
  return methods;
}
