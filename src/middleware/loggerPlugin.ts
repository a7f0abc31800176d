import { NoOpLogger } from "@smithy/smithy-client";
import type {
  HandlerExecutionContext,
  InitializeHandler,
  InitializeHandlerArguments,
  InitializeHandlerOptions,
  MetadataBearer,
  Pluggable,
} from "@smithy/types";

const passThrough = (value: unknown) => value;

/** The context as commands fill it: their sensitive-data filters (untyped in @smithy/types). */
type LoggingContext = HandlerExecutionContext & {
  inputFilterSensitiveLog?: (input: unknown) => unknown;
  outputFilterSensitiveLog?: (output: unknown) => unknown;
};

/**
 * After each call, logs `{ clientName, commandName, input, output, metadata }` through
 * `logger.info`, or `{ clientName, commandName, input, error, metadata }` through
 * `logger.error`. Input and output first go through the command's sensitive-data filters, so
 * access tokens and role credentials show as `***SensitiveInformation***`.
 */
export const loggerMiddleware =
  () =>
  <Input extends object, Output extends MetadataBearer>(
    next: InitializeHandler<Input, Output>,
    context: LoggingContext,
  ) =>
  async (args: InitializeHandlerArguments<Input>) => {
    const { clientName, commandName, logger } = context;
    const filterInput = context.inputFilterSensitiveLog ?? passThrough;
    try {
      const response = await next(args);
      // Building the filtered copies costs something: skip it for the default silent logger.
      if (logger && !(logger instanceof NoOpLogger)) {
        const filterOutput = context.outputFilterSensitiveLog ?? passThrough;
        const { $metadata, ...output } = response.output;
        logger.info?.({
          clientName,
          commandName,
          input: filterInput(args.input),
          output: filterOutput(output),
          metadata: $metadata,
        });
      }
      return response;
    } catch (error) {
      if (logger && !(logger instanceof NoOpLogger)) {
        logger.error?.({
          clientName,
          commandName,
          input: filterInput(args.input),
          error,
          metadata: (error as Partial<MetadataBearer> | undefined)?.$metadata,
        });
      }
      throw error;
    }
  };

export const loggerMiddlewareOptions: InitializeHandlerOptions & { name: string; override: boolean } = {
  name: "loggerMiddleware",
  step: "initialize",
  tags: ["LOGGER"],
  override: true,
};

/** Logs each call's outcome to the client's `logger`. */
export const getLoggerPlugin = <Input extends object, Output extends MetadataBearer>(): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(loggerMiddleware(), loggerMiddlewareOptions);
  },
});
