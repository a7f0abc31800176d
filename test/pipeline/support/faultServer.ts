import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request. */
export type Fault =
  | { status: number; errorType?: string; message?: string; headers?: Record<string, string> }
  | { reset: true }
  | { hang: true }
  | { delayMs: number };

export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Header names in the order they arrived. */
  headerNames: string[];
  receivedAt: number;
}

/** A loopback SSO portal that answers each request with the next queued fault, else success. */
export interface FaultServer {
  endpoint: string;
  port: number;
  requests: SeenRequest[];
  /** Faults for the next requests, in order; later requests succeed. */
  queue(...faults: Fault[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const ROLE_CREDENTIALS = {
  accessKeyId: "ASIAPIPELINETEST",
  secretAccessKey: "pipeline-secret-access-key",
  sessionToken: "pipeline-session-token",
  expiration: 1_700_000_000_000,
};

const successBody = (path: string): string => {
  if (path.includes("/federation/credentials")) return JSON.stringify({ roleCredentials: ROLE_CREDENTIALS });
  if (path.includes("/assignment/roles"))
    return JSON.stringify({ roleList: [{ roleName: "ReadOnly", accountId: "111122223333" }] });
  if (path.includes("/assignment/accounts"))
    return JSON.stringify({
      accountList: [{ accountId: "111122223333", accountName: "dev", emailAddress: "dev@example.com" }],
    });
  return "";
};

export const startFaultServer = async (): Promise<FaultServer> => {
  const requests: SeenRequest[] = [];
  let faults: Fault[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    const headerNames: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) headerNames.push(req.rawHeaders[i].toLowerCase());
    requests.push({ method: req.method ?? "", path, headers: req.headers, headerNames, receivedAt: Date.now() });
    req.resume();
    const fault = faults.shift();
    const succeed = () => {
      res.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": `request-${requests.length}` });
      res.end(successBody(path));
    };
    if (!fault) return succeed();
    if ("reset" in fault) return req.socket.destroy();
    if ("hang" in fault) return;
    if ("delayMs" in fault) {
      const timer = setTimeout(succeed, fault.delayMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    res.writeHead(fault.status, {
      "content-type": "application/json",
      "x-amzn-requestid": `request-${requests.length}`,
      ...(fault.errorType && { "x-amzn-errortype": fault.errorType }),
      ...fault.headers,
    });
    res.end(JSON.stringify({ message: fault.message ?? `injected ${fault.status}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    requests,
    queue: (...next) => faults.push(...next),
    reset: () => {
      requests.length = 0;
      faults = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
