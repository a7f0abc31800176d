import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { CliError, interruptedError } from "../../util/args/index.js";
import { redirectUriFor } from "./registration.js";

/** The loopback server the browser is sent back to with the authorization code. */
export interface CallbackServer {
  redirectUri: string;
  /** The code of the redirect whose `state` matches; rejects on an error redirect. */
  waitForCode(state: string, timeoutMs: number, signal?: AbortSignal): Promise<string>;
  close(): void;
}

const PAGE = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>client-sso</title><p>${text}</p><p>You can close this window.</p>`;

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => (server.off("error", reject), resolve()));
  });

/**
 * Listens on 127.0.0.1, on `preferredPort` when it is free (a cached registration's redirect
 * URI names it), else on any free port.
 */
export async function startCallbackServer(preferredPort?: number): Promise<CallbackServer> {
  let waiting: { state: string; resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const answer = (status: number, text: string) =>
      response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(PAGE(text));
    if (url.pathname !== "/oauth/callback") return void response.writeHead(404).end();
    // Not the request being waited for (or a forged one): keep waiting for the right one.
    if (!waiting || url.searchParams.get("state") !== waiting.state)
      return answer(400, "This is not the sign-in client-sso is waiting for.");
    const error = url.searchParams.get("error");
    const code = url.searchParams.get("code");
    if (code && !error) {
      answer(200, "Signed in to AWS IAM Identity Center.");
      waiting.resolve(code);
    } else {
      answer(400, "The sign-in was not completed.");
      const safe = (error ?? "no code").slice(0, 40).replace(/[^\w .-]/g, "?");
      waiting.reject(
        new CliError(error === "access_denied" ? "the sign-in was denied" : `the sign-in failed (${safe})`),
      );
    }
  });
  try {
    if (preferredPort === undefined) throw new Error("no preferred port");
    await listen(server, preferredPort);
  } catch {
    await listen(server, 0);
  }
  const port = (server.address() as AddressInfo).port;
  return {
    redirectUri: redirectUriFor(port),
    waitForCode: (state, timeoutMs, signal) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new CliError("no answer from the browser in time; run client-sso login again")),
          timeoutMs,
        );
        const onAbort = () => reject(interruptedError());
        signal?.addEventListener("abort", onAbort, { once: true });
        const done = () => (clearTimeout(timer), signal?.removeEventListener("abort", onAbort));
        waiting = { state, resolve: (code) => (done(), resolve(code)), reject: (error) => (done(), reject(error)) };
      }),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
