import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { NodeHttpHandler } from "@smithy/node-http-handler";

import { SSOClient } from "../../src/index.js";

/**
 * The client's own HTTP handler, watched from outside: how many requests it was asked to send,
 * how many were in flight at most, and (optionally) an extra delay for chosen requests.
 */
export class WatchedHandler {
  readonly inner = new NodeHttpHandler();
  sent = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** Extra delay in ms before sending a request, e.g. to make one account's roles arrive last. */
  delayFor: (request: HttpRequest) => number = () => 0;

  async handle(request: HttpRequest, options?: { abortSignal?: AbortSignal }): Promise<{ response: HttpResponse }> {
    this.sent += 1;
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const delay = this.delayFor(request);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return await this.inner.handle(request, options);
    } finally {
      this.inFlight -= 1;
    }
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs() {
    return {};
  }
  destroy(): void {
    this.inner.destroy();
  }
}

export function watchedClient(endpoint: string): { client: SSOClient; handler: WatchedHandler } {
  const handler = new WatchedHandler();
  const client = new SSOClient({ region: "us-east-1", endpoint, requestHandler: handler as never });
  return { client, handler };
}

/** A small seeded generator (mulberry32), so injected latencies repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOKEN = "generated-token-1";
