import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A portal that misbehaves on purpose, on 127.0.0.1 port 0. `handle` answers each request. */
export interface HostilePortal {
  endpoint: string;
  requests: number;
  close(): Promise<void>;
}

export type HostileHandler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void;

export async function startHostilePortal(handle: HostileHandler): Promise<HostilePortal> {
  const sockets = new Set<Socket>();
  const portal = { endpoint: "", requests: 0, close: async () => {} };
  const server = http.createServer((req, res) => {
    req.resume();
    handle(req, res, portal.requests++);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  portal.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  portal.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return portal;
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...(errorType && { "x-amzn-errortype": errorType }),
  });
  res.end(text);
}

/** ListAccounts and ListAccountRoles that always hand back the same `nextToken`. */
export const sameTokenForever =
  (which: "accounts" | "roles"): HostileHandler =>
  (req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path === "/assignment/accounts") {
      return sendJson(res, 200, {
        accountList: [{ accountId: "111122223333", accountName: "Loop", emailAddress: "loop@example.com" }],
        ...(which === "accounts" && { nextToken: "again" }),
      });
    }
    sendJson(res, 200, {
      roleList: [{ roleName: "Admin", accountId: "111122223333" }],
      ...(which === "roles" && { nextToken: "again" }),
    });
  };
