import { paginate } from "../pagination.js";
import type { OperationHandler } from "./context.js";

export const ListAccounts: OperationHandler = ({ session, query, directory, pageTokens, settings }) => {
  const accounts = directory.accountsOf(session.userId);
  const page = paginate(accounts, query, `accounts\n${session.userId}`, pageTokens, settings.defaultPageSize);
  return { body: { nextToken: page.nextToken, accountList: page.items } };
};
