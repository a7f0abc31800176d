import type { Command } from "@smithy/smithy-client";
import {
  SMITHY_CONTEXT_KEY,
  type FinalizeHandlerArguments,
  type Handler,
  type HandlerExecutionContext,
  type HttpHandlerOptions,
  type Logger,
  type MiddlewareStack,
  type RequestHandler,
} from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters.js";
import { getEndpointPlugin } from "../middleware/endpointPlugin.js";
import type { DeserializeContext } from "../protocols/body.js";
import type { Deserializer, Serializer } from "../middleware/serdePlugin.js";
import { getSerdePlugin } from "../middleware/serdePlugin.js";
import { resolveHandler } from "../middleware/middlewareOrderCache.js";

/** What distinguishes one operation's command from another's. */
export interface OperationDefinition<Input, Output> {
  commandName: string;
  operation: string;
  serialize: Serializer<Input>;
  deserialize: Deserializer<Output>;
  inputFilterSensitiveLog: (input: any) => any;
  outputFilterSensitiveLog: (output: any) => any;
}

/** The client and service names a command's context carries (logger entries, Smithy context). */
export interface ServiceNames {
  clientName: string;
  service: string;
}

/**
 * Builds the handler that sends `command` through the client's middleware stack: the client's
 * stack, the command's own middleware, then the operation's endpoint and serde plugins. Shared by
 * every client of this package, so their commands run the same pipeline.
 */
export const resolveOperationHandler = <Input extends object, Output extends object>(
  command: Command<any, any, any, any, any>,
  definition: OperationDefinition<Input, Output>,
  names: ServiceNames,
  clientStack: MiddlewareStack<any, any>,
  configuration: DeserializeContext & { logger?: Logger; requestHandler: RequestHandler<any, any, HttpHandlerOptions> },
  options?: HttpHandlerOptions,
): Handler<Input, Output> => {
  const context: HandlerExecutionContext = {
    logger: configuration.logger,
    clientName: names.clientName,
    commandName: definition.commandName,
    inputFilterSensitiveLog: definition.inputFilterSensitiveLog,
    outputFilterSensitiveLog: definition.outputFilterSensitiveLog,
    [SMITHY_CONTEXT_KEY]: {
      service: names.service,
      operation: definition.operation,
      commandInstance: command,
      ...(options?.abortSignal && { abortSignal: options.abortSignal }),
    },
  };
  const { requestHandler } = configuration;
  return resolveHandler(
    clientStack,
    command.middlewareStack,
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
};
