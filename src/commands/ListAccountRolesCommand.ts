import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type ListAccountRolesRequest,
  ListAccountRolesRequestFilterSensitiveLog,
  type ListAccountRolesResponse,
} from "../models/models_0.js";
import { de_ListAccountRolesCommand, se_ListAccountRolesCommand } from "../protocols/Aws_restJson1.js";
import { SSOCommand } from "./SSOCommand.js";

export type { __MetadataBearer };

/** The input of {@link ListAccountRolesCommand}. */
export interface ListAccountRolesCommandInput extends ListAccountRolesRequest {}

/** The output of {@link ListAccountRolesCommand}. */
export interface ListAccountRolesCommandOutput extends ListAccountRolesResponse, __MetadataBearer {}

/**
 * Lists all roles that are assigned to the user for a given AWS account.
 *
 * @example
 * ```ts
 * import { SSOClient, ListAccountRolesCommand } from "client-sso";
 * const client = new SSOClient({ region: "us-east-1" });
 * const output = await client.send(new ListAccountRolesCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException} (client fault) a problem with the input.
 * @throws {@link TooManyRequestsException} (client fault) the request is being made too frequently.
 * @throws {@link UnauthorizedException} (client fault) an invalid or expired access token.
 * @throws {@link SSOServiceException} base of all the service's exceptions.
 */
export class ListAccountRolesCommand extends SSOCommand<ListAccountRolesCommandInput, ListAccountRolesCommandOutput> {
  constructor(input: ListAccountRolesCommandInput) {
    super(input, {
      commandName: "ListAccountRolesCommand",
      operation: "ListAccountRoles",
      serialize: se_ListAccountRolesCommand,
      deserialize: de_ListAccountRolesCommand,
      inputFilterSensitiveLog: ListAccountRolesRequestFilterSensitiveLog,
      outputFilterSensitiveLog: (output: unknown) => output, // no sensitive members
    });
  }
}
