import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type GetRoleCredentialsRequest,
  GetRoleCredentialsRequestFilterSensitiveLog,
  type GetRoleCredentialsResponse,
  GetRoleCredentialsResponseFilterSensitiveLog,
} from "../models/models_0.js";
import { de_GetRoleCredentialsCommand, se_GetRoleCredentialsCommand } from "../protocols/Aws_restJson1.js";
import { SSOCommand } from "./SSOCommand.js";

export type { __MetadataBearer };

/** The input of {@link GetRoleCredentialsCommand}. */
export interface GetRoleCredentialsCommandInput extends GetRoleCredentialsRequest {}

/** The output of {@link GetRoleCredentialsCommand}. */
export interface GetRoleCredentialsCommandOutput extends GetRoleCredentialsResponse, __MetadataBearer {}

/**
 * Returns the STS short-term credentials for a given role name that is assigned to the user.
 *
 * @example
 * ```ts
 * import { SSOClient, GetRoleCredentialsCommand } from "client-sso";
 * const client = new SSOClient({ region: "us-east-1" });
 * const output = await client.send(new GetRoleCredentialsCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException} (client fault) a problem with the input.
 * @throws {@link TooManyRequestsException} (client fault) the request is being made too frequently.
 * @throws {@link UnauthorizedException} (client fault) an invalid or expired access token.
 * @throws {@link SSOServiceException} base of all the service's exceptions.
 */
export class GetRoleCredentialsCommand extends SSOCommand<
  GetRoleCredentialsCommandInput,
  GetRoleCredentialsCommandOutput
> {
  constructor(input: GetRoleCredentialsCommandInput) {
    super(input, {
      commandName: "GetRoleCredentialsCommand",
      operation: "GetRoleCredentials",
      serialize: se_GetRoleCredentialsCommand,
      deserialize: de_GetRoleCredentialsCommand,
      inputFilterSensitiveLog: GetRoleCredentialsRequestFilterSensitiveLog,
      outputFilterSensitiveLog: GetRoleCredentialsResponseFilterSensitiveLog,
    });
  }
}
