import { Command as $Command } from "@smithy/smithy-client";
import type { Handler, HttpHandlerOptions, MetadataBearer, MiddlewareStack } from "@smithy/types";

import {
  resolveOperationHandler,
  type OperationDefinition,
  type ServiceNames,
} from "../../commands/resolveOperationHandler.js";
import { commonParams } from "../endpoint/EndpointParameters.js";
import type { ServiceInputTypes, ServiceOutputTypes, SSOOIDCClientResolvedConfig } from "../SSOOIDCClient.js";

const SERVICE_NAMES: ServiceNames = { clientName: "SSOOIDCClient", service: "AWSSSOOIDCService" };

/**
 * The shared shape of the three commands: the same pipeline as the portal's commands (the
 * client's stack, the command's own middleware, the endpoint and serde plugins), under the
 * OIDC service's names.
 */
export abstract class SSOOIDCCommand<
  Input extends ServiceInputTypes,
  Output extends ServiceOutputTypes & MetadataBearer,
> extends $Command<Input, Output, SSOOIDCClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes> {
  /** The operation's input, as given to the constructor. */
  readonly input: Input;
  readonly #definition: OperationDefinition<Input, Output>;

  protected constructor(input: Input, definition: OperationDefinition<Input, Output>) {
    super();
    this.input = input;
    this.#definition = definition;
  }

  /** @internal */
  static getEndpointParameterInstructions() {
    return commonParams;
  }

  /** @internal */
  resolveMiddleware(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: SSOOIDCClientResolvedConfig,
    options?: HttpHandlerOptions,
  ): Handler<Input, Output> {
    return resolveOperationHandler(this, this.#definition, SERVICE_NAMES, clientStack, configuration, options);
  }
}
