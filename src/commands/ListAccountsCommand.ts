import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type ListAccountsRequest,
  ListAccountsRequestFilterSensitiveLog,
  type ListAccountsResponse,
} from "../models/models_0.js";
import { de_ListAccountsCommand, se_ListAccountsCommand } from "../protocols/Aws_restJson1.js";
import { SSOCommand } from "./SSOCommand.js";

export type { __MetadataBearer };

/** The input of {@link ListAccountsCommand}. */
export interface ListAccountsCommandInput extends ListAccountsRequest {}

/** The output of {@link ListAccountsCommand}. */
export interface ListAccountsCommandOutput extends ListAccountsResponse, __MetadataBearer {}

/**
 * Lists all AWS accounts assigned to the user. These AWS accounts are assigned by the administrator of the account.
 *
 * @example
 * ```ts
 * import { SSOClient, ListAccountsCommand } from "client-sso";
 * const client = new SSOClient({ region: "us-east-1" });
 * const output = await client.send(new ListAccountsCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException} (client fault) a problem with the input.
 * @throws {@link TooManyRequestsException} (client fault) the request is being made too frequently.
 * @throws {@link UnauthorizedException} (client fault) an invalid or expired access token.
 * @throws {@link SSOServiceException} base of all the service's exceptions.
 */
export class ListAccountsCommand extends SSOCommand<ListAccountsCommandInput, ListAccountsCommandOutput> {
  constructor(input: ListAccountsCommandInput) {
    super(input, {
      commandName: "ListAccountsCommand",
      operation: "ListAccounts",
      serialize: se_ListAccountsCommand,
      deserialize: de_ListAccountsCommand,
      inputFilterSensitiveLog: ListAccountsRequestFilterSensitiveLog,
      outputFilterSensitiveLog: (output: unknown) => output, // no sensitive members
    });
  }
}
