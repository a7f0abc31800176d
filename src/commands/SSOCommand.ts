import { Command as $Command } from "@smithy/smithy-client";
import type { Handler, HttpHandlerOptions, MetadataBearer, MiddlewareStack } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters.js";
import type { ServiceInputTypes, ServiceOutputTypes, SSOClientResolvedConfig } from "../SSOClient.js";
import { resolveOperationHandler, type OperationDefinition, type ServiceNames } from "./resolveOperationHandler.js";

export type { OperationDefinition } from "./resolveOperationHandler.js";

const SERVICE_NAMES: ServiceNames = { clientName: "SSOClient", service: "SWBPortalService" };

/**
 * The shared shape of the four commands: each adds its endpoint and serde plugins to a copy of
 * the client's stack, so a command instance can be sent again, or by another client.
 */
export abstract class SSOCommand<
  Input extends ServiceInputTypes,
  Output extends ServiceOutputTypes & MetadataBearer,
> extends $Command<Input, Output, SSOClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes> {
  /** The operation's input, as given to the constructor. */
  readonly input: Input;
  readonly #definition: OperationDefinition<Input, Output>;

  protected constructor(input: Input, definition: OperationDefinition<Input, Output>) {
    super();
    this.input = input;
    this.#definition = definition;
  }

  /**
   * The endpoint rule set's parameters and where each comes from.
   * @internal
   */
  static getEndpointParameterInstructions() {
    return commonParams;
  }

  /**
   * Builds the handler that sends this command through the client's middleware stack.
   * @internal
   */
  resolveMiddleware(
    clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
    configuration: SSOClientResolvedConfig,
    options?: HttpHandlerOptions,
  ): Handler<Input, Output> {
    return resolveOperationHandler(this, this.#definition, SERVICE_NAMES, clientStack, configuration, options);
  }
}
