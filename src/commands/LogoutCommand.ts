import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { type LogoutRequest, LogoutRequestFilterSensitiveLog } from "../models/models_0.js";
import { de_LogoutCommand, se_LogoutCommand } from "../protocols/Aws_restJson1.js";
import { SSOCommand } from "./SSOCommand.js";

export type { __MetadataBearer };

/** The input of {@link LogoutCommand}. */
export interface LogoutCommandInput extends LogoutRequest {}

/** The output of {@link LogoutCommand}. */
export interface LogoutCommandOutput extends __MetadataBearer {}

/**
 * Removes the locally stored SSO tokens from the client-side cache and sends an API call to the IAM Identity Center service to invalidate the corresponding server-side IAM Identity Center sign in session.
 *
 * @example
 * ```ts
 * import { SSOClient, LogoutCommand } from "client-sso";
 * const client = new SSOClient({ region: "us-east-1" });
 * const output = await client.send(new LogoutCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException} (client fault) a problem with the input.
 * @throws {@link TooManyRequestsException} (client fault) the request is being made too frequently.
 * @throws {@link UnauthorizedException} (client fault) an invalid or expired access token.
 * @throws {@link SSOServiceException} base of all the service's exceptions.
 */
export class LogoutCommand extends SSOCommand<LogoutCommandInput, LogoutCommandOutput> {
  constructor(input: LogoutCommandInput) {
    super(input, {
      commandName: "LogoutCommand",
      operation: "Logout",
      serialize: se_LogoutCommand,
      deserialize: de_LogoutCommand,
      inputFilterSensitiveLog: LogoutRequestFilterSensitiveLog,
      outputFilterSensitiveLog: (output: unknown) => output, // no sensitive members
    });
  }
}
