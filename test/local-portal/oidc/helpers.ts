import { request } from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import { createHash, randomBytes } from "node:crypto";
import type { LocalPortal } from "../../../src/local-portal/index.js";

export interface OidcResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: any;
}

/** One real HTTP request to the emulator; `body` is sent as given (JSON when an object). */
export function send(
  endpoint: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<OidcResponse> {
  const url = new URL(endpoint);
  const payload = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  const allHeaders: Record<string, string> = { "content-length": String(Buffer.byteLength(payload)), ...headers };
  if (typeof body === "object") allHeaders["content-type"] = "application/json";
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: allHeaders, agent: false },
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
    req.end(payload);
  });
}

export const post = (portal: LocalPortal, path: string, body: unknown) => send(portal.endpoint, "POST", path, body);

export const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

export interface Registration {
  clientId: string;
  clientSecret: string;
  clientIdIssuedAt: number;
  clientSecretExpiresAt: number;
}

export async function register(portal: LocalPortal, extra: Record<string, unknown> = {}): Promise<Registration> {
  const response = await post(portal, "/client/register", {
    clientName: "test-client",
    clientType: "public",
    ...extra,
  });
  if (response.status !== 200) throw new Error(`RegisterClient answered ${response.status}: ${response.text}`);
  return response.json;
}

export async function startDevice(portal: LocalPortal, client: Registration) {
  const response = await post(portal, "/device_authorization", {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    startUrl: portal.startUrl,
  });
  if (response.status !== 200)
    throw new Error(`StartDeviceAuthorization answered ${response.status}: ${response.text}`);
  return response.json as {
    deviceCode: string;
    userCode: string;
    verificationUri: string;
    verificationUriComplete: string;
    expiresIn: number;
    interval: number;
  };
}

export const pollDevice = (portal: LocalPortal, client: Registration, deviceCode: string) =>
  post(portal, "/token", {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    grantType: DEVICE_GRANT,
    deviceCode,
  });

/** The error as SDKs read it: the code before the colon of `x-amzn-errortype`, and the body. */
export function oidcErrorOf(response: OidcResponse) {
  const header = response.headers["x-amzn-errortype"];
  return {
    status: response.status,
    code: typeof header === "string" ? header.split(":")[0] : undefined,
    header,
    error: response.json?.error,
    description: response.json?.error_description,
  };
}

/** A PKCE pair (RFC 7636 S256). */
export function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2030, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
