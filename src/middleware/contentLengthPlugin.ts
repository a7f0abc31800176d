import { HttpRequest } from "@smithy/protocol-http";
import type { BuildHandler, BuildHandlerArguments, BuildHandlerOptions, Pluggable } from "@smithy/types";

const encoder = new TextEncoder();

const bodyLength = (body: unknown): number | undefined => {
  if (typeof body === "string") return encoder.encode(body).byteLength;
  if (body instanceof Uint8Array) return body.byteLength;
  return undefined;
};

/** Sets `content-length` on requests that carry a body of known size (POST /logout sends 0). */
export const contentLengthMiddleware =
  () =>
  <Input extends object, Output extends object>(next: BuildHandler<Input, Output>) =>
  async (args: BuildHandlerArguments<Input>) => {
    const request = args.request;
    if (HttpRequest.isInstance(request) && request.body !== undefined) {
      const hasLength = Object.keys(request.headers).some((name) => name.toLowerCase() === "content-length");
      const length = bodyLength(request.body);
      if (!hasLength && length !== undefined) request.headers["content-length"] = String(length);
    }
    return next(args);
  };

export const contentLengthMiddlewareOptions: BuildHandlerOptions & { name: string; override: boolean } = {
  step: "build",
  tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
  name: "contentLengthMiddleware",
  override: true,
};

/** The `content-length` header, for a body of known size. */
export const getContentLengthPlugin = <Input extends object, Output extends object>(): Pluggable<Input, Output> => ({
  applyToStack: (stack) => {
    stack.add(contentLengthMiddleware(), contentLengthMiddlewareOptions);
  },
});
