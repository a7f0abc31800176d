import { HttpRequest } from "@smithy/protocol-http";
import type {
  AbsoluteLocation,
  BuildHandler,
  BuildHandlerArguments,
  BuildHandlerOptions,
  Pluggable,
  RequestHandler,
} from "@smithy/types";

export interface HostHeaderPluginConfig {
  requestHandler: RequestHandler<any, any, any>;
}

/**
 * Sets `host` (with the port when the URL has one) before the retry and signing steps, so every
 * later middleware sees the header that goes on the wire. Over HTTP/2 it is `:authority`.
 */
export const hostHeaderMiddleware =
  (config: HostHeaderPluginConfig) =>
  <Input extends object, Output extends object>(next: BuildHandler<Input, Output>) =>
  async (args: BuildHandlerArguments<Input>) => {
    const { request } = args;
    if (!HttpRequest.isInstance(request)) return next(args);
    const authority = request.port != null ? `${request.hostname}:${request.port}` : request.hostname;
    const protocol = config.requestHandler.metadata?.handlerProtocol ?? "";
    if (protocol.includes("h2")) {
      if (!request.headers[":authority"]) {
        delete request.headers.host;
        request.headers[":authority"] = authority;
      }
    } else if (!request.headers.host) {
      request.headers.host = authority;
    }
    return next(args);
  };

export const hostHeaderMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation & { name: string; override: boolean } =
  {
    name: "hostHeaderMiddleware",
    step: "build",
    priority: "low",
    tags: ["HOST"],
    override: true,
  };

/** The `host` header. */
export const getHostHeaderPlugin = <Input extends object, Output extends object>(
  config: HostHeaderPluginConfig,
): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(hostHeaderMiddleware(config), hostHeaderMiddlewareOptions);
  },
});
