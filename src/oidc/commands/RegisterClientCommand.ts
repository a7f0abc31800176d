import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type RegisterClientRequest,
  RegisterClientRequestFilterSensitiveLog,
  type RegisterClientResponse,
  RegisterClientResponseFilterSensitiveLog,
} from "../models/models_0.js";
import { de_RegisterClientCommand, se_RegisterClientCommand } from "../protocols/Aws_restJson1.js";
import { SSOOIDCCommand } from "./SSOOIDCCommand.js";

export type { __MetadataBearer };

/** The input of {@link RegisterClientCommand}. */
export interface RegisterClientCommandInput extends RegisterClientRequest {}

/** The output of {@link RegisterClientCommand}. */
export interface RegisterClientCommandOutput extends RegisterClientResponse, __MetadataBearer {}

/**
 * Registers a public client with IAM Identity Center: its ID and secret are used by the other two operations until `clientSecretExpiresAt`.
 *
 * @example
 * ```ts
 * import { SSOOIDCClient, RegisterClientCommand } from "client-sso/oidc";
 * const client = new SSOOIDCClient({ region: "us-east-1" });
 * const output = await client.send(new RegisterClientCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException}
 * @throws {@link InvalidScopeException}
 * @throws {@link InvalidClientMetadataException}
 * @throws {@link InternalServerException}
 * @throws {@link InvalidRedirectUriException}
 * @throws {@link UnsupportedGrantTypeException}
 * @throws {@link SlowDownException}
 * @throws {@link SSOOIDCServiceException} base of all the service's exceptions.
 */
export class RegisterClientCommand extends SSOOIDCCommand<RegisterClientCommandInput, RegisterClientCommandOutput> {
  constructor(input: RegisterClientCommandInput) {
    super(input, {
      commandName: "RegisterClientCommand",
      operation: "RegisterClient",
      serialize: se_RegisterClientCommand,
      deserialize: de_RegisterClientCommand,
      inputFilterSensitiveLog: RegisterClientRequestFilterSensitiveLog,
      outputFilterSensitiveLog: RegisterClientResponseFilterSensitiveLog,
    });
  }
}
