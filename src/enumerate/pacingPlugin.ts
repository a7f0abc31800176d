import type {
  AbsoluteLocation,
  FinalizeHandler,
  FinalizeHandlerArguments,
  FinalizeRequestHandlerOptions,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  MetadataBearer,
  Pluggable,
} from "@smithy/types";
import { SMITHY_CONTEXT_KEY } from "@smithy/types";

import type { AdaptiveRateLimiter } from "./AdaptiveRateLimiter.js";
import type { ProgressTracker } from "./ProgressTracker.js";
import type { RequestSlots } from "./RequestSlots.js";

/** What one attempt needs: a slot, a send time from the limiter, and somewhere to count. */
export interface Pacing {
  slots: RequestSlots;
  limiter: AdaptiveRateLimiter;
  progress: ProgressTracker;
  /** Stops waiting when the call itself has no `abortSignal`. */
  signal: AbortSignal;
}

/**
 * A throttle answered again this many times in a row for one request gives up, and the 429
 * goes on up the stack (to the client's retry strategy, then to the caller).
 */
const MAX_THROTTLED_RESENDS = 10;

/**
 * Inside the client's retry middleware (finalizeRequest, low priority, so once per attempt):
 * every attempt on the wire waits for a slot and the limiter, whoever sends it.
 *
 * 429s are resent here, after the limiter's pause, instead of going up to the client's retry
 * strategy: that way each one is seen and slows the pace, and none spends the strategy's
 * retry quota or adds its own backoff on top. Other errors go up untouched.
 */
export function pacingMiddleware({
  slots,
  limiter,
  progress,
  signal: fallback,
}: Pacing): FinalizeRequestMiddleware<any, MetadataBearer> {
  return <Output extends MetadataBearer>(next: FinalizeHandler<any, Output>, context: HandlerExecutionContext) =>
    async (args: FinalizeHandlerArguments<any>) => {
      // The call's own signal (given to `send`), so that waiting adds no listener to a shared one.
      const signal = (context[SMITHY_CONTEXT_KEY]?.abortSignal as AbortSignal | undefined) ?? fallback;
      for (let resends = 0; ; resends++) {
        await slots.acquire(signal);
        try {
          const sentAt = await limiter.acquire(signal);
          progress.requestSent();
          try {
            const output = await next(args);
            limiter.onSuccess();
            return output;
          } catch (error) {
            if (!isThrottle(error)) throw error;
            progress.throttled();
            limiter.onThrottle(sentAt);
            if (resends >= MAX_THROTTLED_RESENDS) throw error;
          }
        } finally {
          slots.release();
        }
      }
    };
}

export const pacingMiddlewareOptions: FinalizeRequestHandlerOptions &
  AbsoluteLocation & { name: string; override: boolean } = {
  step: "finalizeRequest",
  priority: "low",
  name: "accountsWithRolesPacingMiddleware",
  override: true,
};

/**
 * Paces every attempt of the command it is used on (`command.middlewareStack.use(plugin)`); one
 * plugin for all of a listing's commands, so they share its slots and its limiter.
 */
export function getPacingPlugin(pacing: Pacing): Pluggable<any, MetadataBearer> {
  const middleware = pacingMiddleware(pacing);
  return { applyToStack: (stack) => void stack.add(middleware, pacingMiddlewareOptions) };
}

/** The portal's answer to too many requests: 429 `TooManyRequestsException`. */
export function isThrottle(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "TooManyRequestsException" || $metadata?.httpStatusCode === 429;
}
