import type { Paginator } from "@smithy/types";

import {
  ListAccountsCommand,
  type ListAccountsCommandInput,
  type ListAccountsCommandOutput,
} from "../commands/ListAccountsCommand.js";
import { createPaginator } from "./createPaginator.js";
import type { SSOPaginationConfiguration } from "./Interfaces.js";

/**
 * Every page of {@link ListAccountsCommand}, one output at a time:
 * `for await (const page of paginateListAccounts({ client }, { accessToken })) …`.
 * Arguments after the input are passed on to `client.send` (e.g. `{ abortSignal }`).
 */
export const paginateListAccounts: (
  config: SSOPaginationConfiguration,
  input: ListAccountsCommandInput,
  ...rest: any[]
) => Paginator<ListAccountsCommandOutput> = createPaginator(ListAccountsCommand);
