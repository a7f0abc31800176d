import http from "node:http";

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  /** The raw query string, exactly as sent (its encoding is part of the comparison). */
  query: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the server answers one attempt. */
export type Step = (request: SeenRequest, res: http.ServerResponse) => void;

/** A loopback server that answers each attempt with the next scripted step (the last one repeats). */
export interface ScriptedServer {
  readonly endpoint: string;
  /** Replaces the script and forgets the requests seen so far. */
  script(steps: Step[]): void;
  /** The requests seen since the last `script()`. */
  readonly requests: SeenRequest[];
  /** Open connections right now (client keep-alive sockets included). */
  connections(): Promise<number>;
  close(): Promise<void>;
}

export const startScriptedServer = async (): Promise<ScriptedServer> => {
  let steps: Step[] = [];
  let requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const seen: SeenRequest = {
        method: req.method ?? "",
        path: q >= 0 ? url.slice(0, q) : url,
        query: q >= 0 ? url.slice(q + 1) : "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const step = steps[Math.min(requests.length, steps.length - 1)];
      requests.push(seen);
      if (!step) {
        res.writeHead(500);
        res.end();
        return;
      }
      step(seen, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    script(next) {
      steps = next;
      requests = [];
    },
    get requests() {
      return requests;
    },
    connections: () =>
      new Promise((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

// ---- steps -------------------------------------------------------------------------------

const REQUEST_ID = "conformance-request-id";

/** A JSON answer (a string body is sent as is), with a request id like the service's. */
export const reply =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (_request, res) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "x-amzn-requestid": REQUEST_ID, ...headers });
    res.end(text);
  };

/** An error as the service sends it: `x-amzn-errortype: Code:http://…` and a JSON `{ message }`. */
export const serviceError = (status: number, code: string, message: string): Step =>
  reply(
    status,
    { message },
    { "x-amzn-errortype": `${code}:http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/` },
  );

/** A proxy's HTML page. */
export const htmlPage =
  (status: number, text = `<html><body><h1>${status}</h1></body></html>`): Step =>
  (_request, res) => {
    res.writeHead(status, { "content-type": "text/html" });
    res.end(text);
  };

/** Drops the connection with a TCP RST before answering. */
export const resetConnection: Step = (_request, res) => {
  res.socket?.resetAndDestroy();
};

/** Sends the status, headers and the first half of the body, then drops the connection. */
export const truncated =
  (status: number, body: unknown): Step =>
  (_request, res) => {
    const bytes = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": bytes.length,
      "x-amzn-requestid": REQUEST_ID,
    });
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
  };
