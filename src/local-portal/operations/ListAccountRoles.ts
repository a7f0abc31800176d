import { noAccess } from "../errors.js";
import { paginate } from "../pagination.js";
import { QUERY } from "../wire.js";
import type { OperationHandler } from "./context.js";
import { requireQuery } from "./required.js";

export const ListAccountRoles: OperationHandler = ({ session, query, directory, pageTokens, settings }) => {
  const accountId = requireQuery(query, QUERY.accountId);
  const roles = directory.rolesOf(session.userId, accountId);
  if (!roles) throw noAccess(settings.noAccessError);
  const scope = `roles\n${session.userId}\n${accountId}`;
  const page = paginate(roles, query, scope, pageTokens, settings.defaultPageSize);
  return {
    body: { nextToken: page.nextToken, roleList: page.items.map((roleName) => ({ roleName, accountId })) },
  };
};
