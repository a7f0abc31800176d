import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions, Paginator } from "@smithy/types";

import {
  GetRoleCredentialsCommand,
  type GetRoleCredentialsCommandInput,
  type GetRoleCredentialsCommandOutput,
} from "./commands/GetRoleCredentialsCommand.js";
import {
  ListAccountRolesCommand,
  type ListAccountRolesCommandInput,
  type ListAccountRolesCommandOutput,
} from "./commands/ListAccountRolesCommand.js";
import {
  ListAccountsCommand,
  type ListAccountsCommandInput,
  type ListAccountsCommandOutput,
} from "./commands/ListAccountsCommand.js";
import { LogoutCommand, type LogoutCommandInput, type LogoutCommandOutput } from "./commands/LogoutCommand.js";
import type { SSOPaginationConfiguration } from "./pagination/Interfaces.js";
import { paginateListAccountRoles } from "./pagination/ListAccountRolesPaginator.js";
import { paginateListAccounts } from "./pagination/ListAccountsPaginator.js";
import { SSOClient } from "./SSOClient.js";

const commands = {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
};

const paginators = {
  paginateListAccountRoles,
  paginateListAccounts,
};

/** A node-style callback: an error, or the command's output. */
type Callback<T> = (err: any, data?: T) => void;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the AWS SDK's shape: createAggregatedClient adds these methods to the class below at run time
export interface SSO {
  /** @see {@link GetRoleCredentialsCommand} */
  getRoleCredentials(
    args: GetRoleCredentialsCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<GetRoleCredentialsCommandOutput>;
  /** Sends GetRoleCredentials, calling back node-style instead of returning a promise. */
  getRoleCredentials(args: GetRoleCredentialsCommandInput, cb: Callback<GetRoleCredentialsCommandOutput>): void;
  /** Sends GetRoleCredentials with HTTP handler options, calling back node-style. */
  getRoleCredentials(
    args: GetRoleCredentialsCommandInput,
    options: __HttpHandlerOptions,
    cb: Callback<GetRoleCredentialsCommandOutput>,
  ): void;

  /** @see {@link ListAccountRolesCommand} */
  listAccountRoles(
    args: ListAccountRolesCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<ListAccountRolesCommandOutput>;
  /** Sends ListAccountRoles, calling back node-style instead of returning a promise. */
  listAccountRoles(args: ListAccountRolesCommandInput, cb: Callback<ListAccountRolesCommandOutput>): void;
  /** Sends ListAccountRoles with HTTP handler options, calling back node-style. */
  listAccountRoles(
    args: ListAccountRolesCommandInput,
    options: __HttpHandlerOptions,
    cb: Callback<ListAccountRolesCommandOutput>,
  ): void;

  /** @see {@link ListAccountsCommand} */
  listAccounts(args: ListAccountsCommandInput, options?: __HttpHandlerOptions): Promise<ListAccountsCommandOutput>;
  /** Sends ListAccounts, calling back node-style instead of returning a promise. */
  listAccounts(args: ListAccountsCommandInput, cb: Callback<ListAccountsCommandOutput>): void;
  /** Sends ListAccounts with HTTP handler options, calling back node-style. */
  listAccounts(
    args: ListAccountsCommandInput,
    options: __HttpHandlerOptions,
    cb: Callback<ListAccountsCommandOutput>,
  ): void;

  /** @see {@link LogoutCommand} */
  logout(args: LogoutCommandInput, options?: __HttpHandlerOptions): Promise<LogoutCommandOutput>;
  /** Sends Logout, calling back node-style instead of returning a promise. */
  logout(args: LogoutCommandInput, cb: Callback<LogoutCommandOutput>): void;
  /** Sends Logout with HTTP handler options, calling back node-style. */
  logout(args: LogoutCommandInput, options: __HttpHandlerOptions, cb: Callback<LogoutCommandOutput>): void;

  /**
   * Every page of {@link ListAccountRolesCommand}, sent by this client.
   * @see {@link paginateListAccountRoles}
   */
  paginateListAccountRoles(
    args: ListAccountRolesCommandInput,
    paginationConfig?: Omit<SSOPaginationConfiguration, "client">,
  ): Paginator<ListAccountRolesCommandOutput>;

  /**
   * Every page of {@link ListAccountsCommand}, sent by this client.
   * @see {@link paginateListAccounts}
   */
  paginateListAccounts(
    args: ListAccountsCommandInput,
    paginationConfig?: Omit<SSOPaginationConfiguration, "client">,
  ): Paginator<ListAccountsCommandOutput>;
}

/**
 * The v2-style aggregated client: one method per operation, each taking the command's input and
 * returning a promise, or calling back node-style; and `paginate<Operation>` for each list
 * operation, sending its pages through this client.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the interface above: its methods are installed by createAggregatedClient
export class SSO extends SSOClient implements SSO {}
createAggregatedClient(commands, SSO, { paginators });
