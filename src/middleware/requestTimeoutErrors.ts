import type { Provider } from "@smithy/types";

type HandlerInput = object | Provider<object | void> | undefined;

/**
 * Options for the default Node handler with `throwOnRequestTimeout` on unless given: a request
 * that outlives `requestTimeout` then fails with a `TimeoutError` (and is retried), where the
 * handler's own default only logs a warning and waits on. A handler instance is used as given.
 */
export const throwOnRequestTimeoutByDefault = (input: HandlerInput): HandlerInput => {
  if (input && typeof (input as { handle?: unknown }).handle === "function") return input;
  if (typeof input === "function") {
    const options = input as Provider<object | void>;
    return async () => ({ throwOnRequestTimeout: true, ...(await options()) });
  }
  return { throwOnRequestTimeout: true, ...input };
};
