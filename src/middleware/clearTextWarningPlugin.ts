import { HttpRequest } from "@smithy/protocol-http";
import type {
  AbsoluteLocation,
  BuildHandler,
  BuildHandlerArguments,
  BuildHandlerOptions,
  HandlerExecutionContext,
  Pluggable,
} from "@smithy/types";

import { WIRE_NAMES } from "../protocols/wireNames.js";

/** True for names and addresses that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    // IPv4-mapped IPv6 loopback, as the URL parser writes it ([::ffff:127.0.0.1] → [::ffff:7f00:1]).
    /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host)
  );
}

/** The warning's text: where the token goes, never the token. */
export function clearTextWarning(hostname: string): string {
  return `the access token is sent in clear text over http:// to ${hostname}, which is not loopback: use an https:// endpoint`;
}

export const clearTextWarningMiddlewareOptions: BuildHandlerOptions &
  AbsoluteLocation & { name: string; override: boolean } = {
  name: "clearTextWarningMiddleware",
  step: "build",
  priority: "low",
  override: true,
};

/**
 * Warns once per client, through its logger, when a request would carry the bearer token over
 * plain `http:` to a host that is not loopback: anyone on the path can read and reuse it. The
 * request still goes (a proxy or test rig may be meant), but not silently.
 */
export const getClearTextWarningPlugin = <Input extends object, Output extends object>(): Pluggable<Input, Output> => {
  let warned = false;
  const middleware =
    (next: BuildHandler<Input, Output>, context: HandlerExecutionContext) =>
    async (args: BuildHandlerArguments<Input>) => {
      const { request } = args;
      if (
        !warned &&
        HttpRequest.isInstance(request) &&
        request.protocol === "http:" &&
        request.headers[WIRE_NAMES.accessToken]
      ) {
        if (!isLoopbackHost(request.hostname)) {
          warned = true;
          context.logger?.warn?.(clearTextWarning(request.hostname));
        }
      }
      return next(args);
    };
  return { applyToStack: (stack) => void stack.add(middleware, clearTextWarningMiddlewareOptions) };
};
