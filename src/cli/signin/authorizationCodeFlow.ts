import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { CreateTokenCommand, type CreateTokenCommandOutput } from "../../oidc/commands/CreateTokenCommand.js";
import { CliError } from "../CliError.js";
import type { FlowContext } from "./deviceFlow.js";

/** How long the loopback server waits for the browser to come back (the AWS CLI's 10 minutes). */
const CALLBACK_TIMEOUT_MS = 10 * 60_000;

const base64url = (bytes: Buffer) => bytes.toString("base64url");

/** A PKCE pair (RFC 7636): 64 random bytes as the verifier, its S256 challenge. */
export const pkcePair = (): { verifier: string; challenge: string } => {
  const verifier = base64url(randomBytes(64));
  return { verifier, challenge: base64url(createHash("sha256").update(verifier).digest()) };
};

const PAGE = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>client-sso</title><p>${text}</p><p>You can close this window.</p>`;

/**
 * The authorization-code flow with PKCE: a loopback server on 127.0.0.1 (any free port) takes
 * the browser's redirect, checks `state`, and the code is exchanged with the verifier.
 */
export async function authorizationCodeFlow(
  context: FlowContext & { authorizeUrl: string; scopes: string[] | undefined },
): Promise<CreateTokenCommandOutput> {
  const { client, registration, stderr } = context;
  const { verifier, challenge } = pkcePair();
  const state = base64url(randomBytes(24));
  context.secrets.push(verifier);
  let settle!: { resolve: (code: string) => void; reject: (error: Error) => void };
  const codeArrived = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/oauth/callback") {
      response.writeHead(404).end();
      return;
    }
    const answer = (status: number, text: string) =>
      response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(PAGE(text));
    if (url.searchParams.get("state") !== state) {
      // Not our request (or a forged one): keep waiting for the right one.
      answer(400, "This sign-in request is not the one client-sso is waiting for.");
      return;
    }
    const error = url.searchParams.get("error");
    const code = url.searchParams.get("code");
    if (error) {
      answer(400, "The sign-in was not completed.");
      settle.reject(new CliError(error === "access_denied" ? "the sign-in was denied" : `the sign-in failed (${error.slice(0, 40).replace(/[^\w.-]/g, "?")})`));
    } else if (code) {
      answer(200, "Signed in to AWS IAM Identity Center.");
      settle.resolve(code);
    } else {
      answer(400, "The sign-in answer had no code.");
      settle.reject(new CliError("the sign-in answer had no authorization code"));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
  const timer = setTimeout(
    () => settle.reject(new CliError("no answer from the browser within 10 minutes; run client-sso login again")),
    CALLBACK_TIMEOUT_MS,
  );
  const onAbort = () => settle.reject(new CliError("interrupted"));
  context.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const authorize = new URL(context.authorizeUrl);
    authorize.searchParams.set("response_type", "code");
    authorize.searchParams.set("client_id", registration.clientId);
    authorize.searchParams.set("redirect_uri", redirectUri);
    authorize.searchParams.set("state", state);
    authorize.searchParams.set("code_challenge_method", "S256");
    if (context.scopes?.length) authorize.searchParams.set("scopes", context.scopes.join(" "));
    authorize.searchParams.set("code_challenge", challenge);
    const opened = context.open ? await context.open(authorize.href) : false;
    stderr.write(`${opened ? "A browser was opened to sign in; if it did not show the page, open" : "To sign in, open this URL in a browser on this machine"}: ${authorize.href}\n`);
    const code = await codeArrived;
    return await client.send(
      new CreateTokenCommand({
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        grantType: "authorization_code",
        code,
        redirectUri,
        codeVerifier: verifier,
      }),
    );
  } finally {
    clearTimeout(timer);
    context.signal?.removeEventListener("abort", onAbort);
    server.closeAllConnections();
    server.close();
  }
}
