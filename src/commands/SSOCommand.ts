import { Command as $Command } from "@smithy/smithy-client";
import {
  SMITHY_CONTEXT_KEY,
  type FinalizeHandlerArguments,
  type Handler,
  type HandlerExecutionContext,
  type HttpHandlerOptions,
  type MetadataBearer,
  type MiddlewareStack,
} from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters.js";
import { getEndpointPlugin } from "../endpoint/endpointPlugin.js";
import type { Deserializer, Serializer } from "../protocols/serdePlugin.js";
import { getSerdePlugin } from "../protocols/serdePlugin.js";
import { resolveHandler } from "../middleware/middlewareOrderCache.js";
import type { ServiceInputTypes, ServiceOutputTypes, SSOClientResolvedConfig } from "../SSOClient.js";

/** What distinguishes one operation's command from another's. */
export interface OperationDefinition<Input, Output> {
  commandName: string;
  operation: string;
  serialize: Serializer<Input>;
  deserialize: Deserializer<Output>;
  inputFilterSensitiveLog: (input: any) => any;
  outputFilterSensitiveLog: (output: any) => any;
}

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
    const definition = this.#definition;
    const context: HandlerExecutionContext = {
      logger: configuration.logger,
      clientName: "SSOClient",
      commandName: definition.commandName,
      inputFilterSensitiveLog: definition.inputFilterSensitiveLog,
      outputFilterSensitiveLog: definition.outputFilterSensitiveLog,
      [SMITHY_CONTEXT_KEY]: {
        service: "SWBPortalService",
        operation: definition.operation,
        commandInstance: this,
        ...(options?.abortSignal && { abortSignal: options.abortSignal }),
      },
    };
    const { requestHandler } = configuration;
    // The client's stack, the command's own middleware, then this operation's endpoint and serde.
    return resolveHandler(
      clientStack,
      this.middlewareStack as MiddlewareStack<any, any>,
      configuration,
      definition.operation,
      [definition.serialize, definition.deserialize],
      () => [
        getEndpointPlugin(configuration as never, commonParams),
        getSerdePlugin(configuration, definition.serialize, definition.deserialize),
      ],
      (args: FinalizeHandlerArguments<any>) => requestHandler.handle(args.request, options || {}),
      context,
    ) as Handler<Input, Output>;
  }
}
