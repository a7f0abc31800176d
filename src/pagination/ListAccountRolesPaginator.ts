import type { Paginator } from "@smithy/types";

import {
  ListAccountRolesCommand,
  type ListAccountRolesCommandInput,
  type ListAccountRolesCommandOutput,
} from "../commands/ListAccountRolesCommand.js";
import { createPaginator } from "./createPaginator.js";
import type { SSOPaginationConfiguration } from "./Interfaces.js";

/**
 * Every page of {@link ListAccountRolesCommand} for one account, one output at a time:
 * `for await (const page of paginateListAccountRoles({ client }, { accessToken, accountId })) …`.
 * Arguments after the input are passed on to `client.send` (e.g. `{ abortSignal }`).
 */
export const paginateListAccountRoles: (
  config: SSOPaginationConfiguration,
  input: ListAccountRolesCommandInput,
  ...rest: any[]
) => Paginator<ListAccountRolesCommandOutput> = createPaginator(ListAccountRolesCommand);
