import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type StartDeviceAuthorizationRequest,
  StartDeviceAuthorizationRequestFilterSensitiveLog,
  type StartDeviceAuthorizationResponse,
  StartDeviceAuthorizationResponseFilterSensitiveLog,
} from "../models/models_0.js";
import { de_StartDeviceAuthorizationCommand, se_StartDeviceAuthorizationCommand } from "../protocols/Aws_restJson1.js";
import { SSOOIDCCommand } from "./SSOOIDCCommand.js";

export type { __MetadataBearer };

/** The input of {@link StartDeviceAuthorizationCommand}. */
export interface StartDeviceAuthorizationCommandInput extends StartDeviceAuthorizationRequest {}

/** The output of {@link StartDeviceAuthorizationCommand}. */
export interface StartDeviceAuthorizationCommandOutput extends StartDeviceAuthorizationResponse, __MetadataBearer {}

/**
 * Starts a device-code sign-in: returns the user code and the page where the user approves, and the device code to poll `CreateToken` with.
 *
 * @example
 * ```ts
 * import { SSOOIDCClient, StartDeviceAuthorizationCommand } from "client-sso/oidc";
 * const client = new SSOOIDCClient({ region: "us-east-1" });
 * const output = await client.send(new StartDeviceAuthorizationCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException}
 * @throws {@link InvalidClientException}
 * @throws {@link UnauthorizedClientException}
 * @throws {@link SlowDownException}
 * @throws {@link InternalServerException}
 * @throws {@link SSOOIDCServiceException} base of all the service's exceptions.
 */
export class StartDeviceAuthorizationCommand extends SSOOIDCCommand<
  StartDeviceAuthorizationCommandInput,
  StartDeviceAuthorizationCommandOutput
> {
  constructor(input: StartDeviceAuthorizationCommandInput) {
    super(input, {
      commandName: "StartDeviceAuthorizationCommand",
      operation: "StartDeviceAuthorization",
      serialize: se_StartDeviceAuthorizationCommand,
      deserialize: de_StartDeviceAuthorizationCommand,
      inputFilterSensitiveLog: StartDeviceAuthorizationRequestFilterSensitiveLog,
      outputFilterSensitiveLog: StartDeviceAuthorizationResponseFilterSensitiveLog,
    });
  }
}
