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

import type { OperationDefinition } from "../../commands/SSOCommand.js";
import { resolveHandler } from "../../middleware/middlewareOrderCache.js";
import { getEndpointPlugin } from "../../endpoint/endpointPlugin.js";
import { getSerdePlugin } from "../../protocols/serdePlugin.js";
import { commonParams } from "../endpoint/EndpointParameters.js";
import type { ServiceInputTypes, ServiceOutputTypes, SSOOIDCClientResolvedConfig } from "../SSOOIDCClient.js";

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
    const definition = this.#definition;
    const context: HandlerExecutionContext = {
      logger: configuration.logger,
      clientName: "SSOOIDCClient",
      commandName: definition.commandName,
      inputFilterSensitiveLog: definition.inputFilterSensitiveLog,
      outputFilterSensitiveLog: definition.outputFilterSensitiveLog,
      [SMITHY_CONTEXT_KEY]: {
        service: "AWSSSOOIDCService",
        operation: definition.operation,
        commandInstance: this,
        ...(options?.abortSignal && { abortSignal: options.abortSignal }),
      },
    };
    const { requestHandler } = configuration;
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
