import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import {
  type CreateTokenRequest,
  CreateTokenRequestFilterSensitiveLog,
  type CreateTokenResponse,
  CreateTokenResponseFilterSensitiveLog,
} from "../models/models_0.js";
import { de_CreateTokenCommand, se_CreateTokenCommand } from "../protocols/Aws_restJson1.js";
import { SSOOIDCCommand } from "./SSOOIDCCommand.js";

export type { __MetadataBearer };

/** The input of {@link CreateTokenCommand}. */
export interface CreateTokenCommandInput extends CreateTokenRequest {}

/** The output of {@link CreateTokenCommand}. */
export interface CreateTokenCommandOutput extends CreateTokenResponse, __MetadataBearer {}

/**
 * Creates an access token (and a refresh token) from a device code, an authorization code with its PKCE verifier, or a refresh token. While the user has not approved a device code it fails with `AuthorizationPendingException`.
 *
 * @example
 * ```ts
 * import { SSOOIDCClient, CreateTokenCommand } from "client-sso/oidc";
 * const client = new SSOOIDCClient({ region: "us-east-1" });
 * const output = await client.send(new CreateTokenCommand(input));
 * ```
 *
 * @throws {@link InvalidRequestException}
 * @throws {@link InvalidClientException}
 * @throws {@link InvalidGrantException}
 * @throws {@link UnauthorizedClientException}
 * @throws {@link UnsupportedGrantTypeException}
 * @throws {@link InvalidScopeException}
 * @throws {@link AuthorizationPendingException}
 * @throws {@link SlowDownException}
 * @throws {@link AccessDeniedException}
 * @throws {@link ExpiredTokenException}
 * @throws {@link InternalServerException}
 * @throws {@link SSOOIDCServiceException} base of all the service's exceptions.
 */
export class CreateTokenCommand extends SSOOIDCCommand<CreateTokenCommandInput, CreateTokenCommandOutput> {
  constructor(input: CreateTokenCommandInput) {
    super(input, {
      commandName: "CreateTokenCommand",
      operation: "CreateToken",
      serialize: se_CreateTokenCommand,
      deserialize: de_CreateTokenCommand,
      inputFilterSensitiveLog: CreateTokenRequestFilterSensitiveLog,
      outputFilterSensitiveLog: CreateTokenResponseFilterSensitiveLog,
    });
  }
}
