import http from "node:http";
import type { AddressInfo } from "node:net";

/** The query of one request, decoded. */
export type Query = Record<string, string>;

/** What a scripted page answer looks like: the JSON body the SSO portal would send. */
export type PageScript = (query: Query, requestNumber: number) => Record<string, unknown>;

export interface PageServer {
  endpoint: string;
  /** Queries of the requests received so far, in order. */
  queries: Query[];
  close(): Promise<void>;
}

/**
 * A loopback server whose pages follow a script, for the edges a well-behaved portal never
 * shows: a token that never changes, an empty token.
 */
export async function startPageServer(script: PageScript): Promise<PageServer> {
  const queries: Query[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.once("end", () => {
      const query = Object.fromEntries(new URL(req.url ?? "/", "http://localhost").searchParams);
      queries.push(query);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(script(query, queries.length)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
