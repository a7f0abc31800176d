// A minimal loopback SSO portal for the benchmarks: canned JSON, no validation beyond routing.
// Run as a child process (its own event loop and core): prints {"port":N} on stdout when ready.
import { createServer } from "node:http";

const ACCOUNTS = 10_000;
const account = (i) => ({
  accountId: String(100000000000 + i),
  accountName: `account-${i}`,
  emailAddress: `owner-${i}@example.com`,
});
const allAccounts = Array.from({ length: ACCOUNTS }, (_, i) => account(i));

const CREDENTIALS = JSON.stringify({
  roleCredentials: {
    accessKeyId: "ASIAEXAMPLEEXAMPLE00",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    sessionToken: "IQoJb3JpZ2luX2VjEXAMPLETOKENEXAMPLETOKENEXAMPLETOKENEXAMPLETOKEN",
    expiration: 1893456000000,
  },
});
const SMALL_PAGE = JSON.stringify({ accountList: allAccounts.slice(0, 3), nextToken: null });
const ROLES = JSON.stringify({ roleList: [{ roleName: "ReadOnly", accountId: "111122223333" }] });
const UNAUTHORIZED = JSON.stringify({ message: "Session token not found or invalid" });

const send = (res, status, body) => {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-amzn-requestid": "00000000-0000-4000-8000-000000000000",
  });
  res.end(body);
};

const server = createServer((req, res) => {
  // Requests carry no body except POST /logout (empty); drain whatever arrives.
  req.resume();
  if (!req.headers["x-amz-sso_bearer_token"]) return send(res, 401, UNAUTHORIZED);
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  if (path === "/federation/credentials") return send(res, 200, CREDENTIALS);
  if (path === "/assignment/roles") return send(res, 200, ROLES);
  if (path === "/logout") return send(res, 200, "");
  if (path === "/assignment/accounts") {
    const params = new URLSearchParams(q === -1 ? "" : req.url.slice(q + 1));
    if (!params.has("max_result") && !params.has("next_token")) return send(res, 200, SMALL_PAGE);
    // Paged listing of all 10,000 accounts: next_token is the offset.
    const size = Math.min(Number(params.get("max_result") ?? 20), 100);
    const start = Number(params.get("next_token") ?? 0);
    const end = Math.min(start + size, ACCOUNTS);
    const body = { accountList: allAccounts.slice(start, end) };
    if (end < ACCOUNTS) body.nextToken = String(end);
    return send(res, 200, JSON.stringify(body));
  }
  send(res, 404, JSON.stringify({ message: "Not Found" }));
});
server.keepAliveTimeout = 60_000;
server.maxRequestsPerSocket = 0;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});
// Started with an IPC channel (fork): ends with its parent.
if (process.send) process.on("disconnect", () => process.exit(0));
