import http from "node:http";

export interface CapturedRequest {
  method: string;
  url: string;
  path: string;
  query: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Responder = (request: CapturedRequest, res: http.ServerResponse) => void;

/** A loopback HTTP server that records every request and answers with the current responder. */
export interface CapturingServer {
  endpoint: string;
  requests: CapturedRequest[];
  respondWith(responder: Responder): void;
  close(): Promise<void>;
  server: http.Server;
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Responder =>
  (_request, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };

export const startCapturingServer = async (): Promise<CapturingServer> => {
  const requests: CapturedRequest[] = [];
  let responder: Responder = json(200, {});
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const captured: CapturedRequest = {
        method: req.method ?? "",
        url,
        path: q >= 0 ? url.slice(0, q) : url,
        query: q >= 0 ? url.slice(q + 1) : "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(captured);
      responder(captured, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    server,
    respondWith: (next) => (responder = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
