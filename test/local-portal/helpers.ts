import { request } from "node:http";
import type { IncomingHttpHeaders } from "node:http";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Parsed JSON body, undefined when empty or not JSON. */
  json: any;
}

export interface CallOptions {
  method?: string;
  token?: string;
  headers?: Record<string, string>;
}

/** Alice's token in the default fixture. */
export const ALICE = "local-portal-token-alice";
export const BOB = "local-portal-token-bob";
export const ALICE_EXPIRED = "local-portal-token-alice-expired";
export const DEV_ACCOUNT = "111122223333";
export const PROD_ACCOUNT = "444455556666";
export const AUDIT_ACCOUNT = "777788889999";

/** One real HTTP request over loopback; `target` is sent exactly as given (path and query). */
export function call(endpoint: string, target: string, options: CallOptions = {}): Promise<RawResponse> {
  const url = new URL(endpoint);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers["x-amz-sso_bearer_token"] = options.token;
  const method = options.method ?? "GET";
  if (method === "POST") headers["content-length"] = "0";
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: url.port, path: target, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = text === "" ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The error code the way SDK clients read it: the `x-amzn-errortype` header before the colon. */
export function errorCode(response: RawResponse): string | undefined {
  const header = response.headers["x-amzn-errortype"];
  return typeof header === "string" ? header.split(":")[0] : undefined;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
