import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";

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
import { SSOClient } from "./SSOClient.js";

const commands = {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
};

type Callback<T> = (err: any, data?: T) => void;

export interface SSO {
  /** @see {@link GetRoleCredentialsCommand} */
  getRoleCredentials(
    args: GetRoleCredentialsCommandInput,
    options?: __HttpHandlerOptions
  ): Promise<GetRoleCredentialsCommandOutput>;
  getRoleCredentials(args: GetRoleCredentialsCommandInput, cb: Callback<GetRoleCredentialsCommandOutput>): void;
  getRoleCredentials(
    args: GetRoleCredentialsCommandInput,
    options: __HttpHandlerOptions,
    cb: Callback<GetRoleCredentialsCommandOutput>
  ): void;

  /** @see {@link ListAccountRolesCommand} */
  listAccountRoles(args: ListAccountRolesCommandInput, options?: __HttpHandlerOptions): Promise<ListAccountRolesCommandOutput>;
  listAccountRoles(args: ListAccountRolesCommandInput, cb: Callback<ListAccountRolesCommandOutput>): void;
  listAccountRoles(
    args: ListAccountRolesCommandInput,
    options: __HttpHandlerOptions,
    cb: Callback<ListAccountRolesCommandOutput>
  ): void;

  /** @see {@link ListAccountsCommand} */
  listAccounts(args: ListAccountsCommandInput, options?: __HttpHandlerOptions): Promise<ListAccountsCommandOutput>;
  listAccounts(args: ListAccountsCommandInput, cb: Callback<ListAccountsCommandOutput>): void;
  listAccounts(args: ListAccountsCommandInput, options: __HttpHandlerOptions, cb: Callback<ListAccountsCommandOutput>): void;

  /** @see {@link LogoutCommand} */
  logout(args: LogoutCommandInput, options?: __HttpHandlerOptions): Promise<LogoutCommandOutput>;
  logout(args: LogoutCommandInput, cb: Callback<LogoutCommandOutput>): void;
  logout(args: LogoutCommandInput, options: __HttpHandlerOptions, cb: Callback<LogoutCommandOutput>): void;
}

/**
 * The v2-style aggregated client: one method per operation, each taking the command's input and
 * returning a promise, or calling back node-style.
 */
export class SSO extends SSOClient implements SSO {}
createAggregatedClient(commands, SSO);
