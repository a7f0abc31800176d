import { makeRoleCredentials } from "../credentials.js";
import { noAccess } from "../errors.js";
import { QUERY } from "../wire.js";
import type { OperationHandler } from "./context.js";
import { requireQuery } from "./required.js";

export const GetRoleCredentials: OperationHandler = ({ session, query, directory, now, settings }) => {
  const accountId = requireQuery(query, QUERY.accountId);
  const roleName = requireQuery(query, QUERY.roleName);
  const roles = directory.rolesOf(session.userId, accountId);
  if (!roles?.includes(roleName)) throw noAccess(settings.noAccessError);
  return { body: { roleCredentials: makeRoleCredentials(now, settings.credentialDurationSeconds) } };
};
