import { createHash, randomBytes } from "node:crypto";

import { CreateTokenCommand, type CreateTokenCommandOutput } from "../../oidc/commands/CreateTokenCommand.js";
import type { CallbackServer } from "./callbackServer.js";
import type { FlowContext } from "./deviceFlow.js";

/** How long to wait for the browser to come back (the AWS CLI's 10 minutes). */
const CALLBACK_TIMEOUT_MS = 10 * 60_000;

/** A PKCE pair (RFC 7636): 64 random bytes as the verifier, its S256 challenge. */
export const pkcePair = (): { verifier: string; challenge: string } => {
  const verifier = randomBytes(64).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

/**
 * The authorization-code flow with PKCE: the browser goes to `/authorize`, comes back to the
 * loopback server with a code and our `state`, and the code is exchanged with the verifier.
 */
export async function authorizationCodeFlow(
  context: FlowContext & { authorizeUrl: string; scopes: string[] | undefined; callback: CallbackServer },
): Promise<CreateTokenCommandOutput> {
  const { client, registration, stderr, callback } = context;
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(24).toString("base64url");
  context.secrets.push(verifier);
  const authorize = new URL(context.authorizeUrl);
  authorize.searchParams.set("response_type", "code");
  authorize.searchParams.set("client_id", registration.clientId);
  authorize.searchParams.set("redirect_uri", callback.redirectUri);
  authorize.searchParams.set("state", state);
  authorize.searchParams.set("code_challenge_method", "S256");
  if (context.scopes?.length) authorize.searchParams.set("scopes", context.scopes.join(" "));
  authorize.searchParams.set("code_challenge", challenge);
  const code = callback.waitForCode(state, CALLBACK_TIMEOUT_MS, context.signal);
  const opened = context.open ? await context.open(authorize.href) : false;
  stderr.write(
    `${opened ? "A browser was opened to sign in; if it did not show the page, open" : "To sign in, open this URL in a browser on this machine"}: ${authorize.href}\n`,
  );
  return client.send(
    new CreateTokenCommand({
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      grantType: "authorization_code",
      code: await code,
      redirectUri: callback.redirectUri,
      codeVerifier: verifier,
    }),
  );
}
