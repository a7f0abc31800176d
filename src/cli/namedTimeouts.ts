import type {
  HandlerExecutionContext,
  InitializeHandler,
  InitializeHandlerArguments,
  InitializeHandlerOptions,
  Pluggable,
} from "@smithy/types";

import type { ServiceInputTypes, ServiceOutputTypes } from "../SSOClient.js";
import { CliError } from "../util/args/index.js";

/**
 * Outside the retries (initialize step): once every attempt of a call has timed out, its
 * `TimeoutError` becomes one line that says which request it was and how long it waited.
 */
export function namedTimeoutPlugin(timeoutMs: number): Pluggable<ServiceInputTypes, ServiceOutputTypes> {
  const middleware =
    (next: InitializeHandler<ServiceInputTypes, ServiceOutputTypes>, context: HandlerExecutionContext) =>
    async (args: InitializeHandlerArguments<ServiceInputTypes>) => {
      try {
        return await next(args);
      } catch (error) {
        if ((error as { name?: string } | undefined)?.name !== "TimeoutError") throw error;
        const accountId = (args.input as { accountId?: unknown } | undefined)?.accountId;
        const operation = context.commandName?.replace(/Command$/, "") ?? "a request";
        const what = `${operation}${typeof accountId === "string" ? ` (account ${accountId})` : ""}`;
        const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
        const tries = attempts && attempts > 1 ? ` on each of ${attempts} attempts` : "";
        throw new CliError(
          `${what} timed out: no answer within ${timeoutMs / 1000} s${tries} (change it with --timeout <seconds>)`,
        );
      }
    };
  const options: InitializeHandlerOptions & { name: string; override: boolean } = {
    step: "initialize",
    name: "cliNamedTimeoutMiddleware",
    override: true,
  };
  return { applyToStack: (stack) => void stack.add(middleware, options) };
}
