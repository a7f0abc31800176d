import { opaque, verifierMatches } from "./codes.js";
import { oidcError } from "./errors.js";
import type { Clients, RegisteredClient } from "./clients.js";

/** A validated `/authorize` request waiting on the approval page. */
export interface AuthorizeRequest {
  id: string;
  clientId: string;
  clientName: string;
  redirectUri: string;
  state: string | undefined;
  codeChallenge: string;
  scopes: string[];
  /** Epoch ms. */
  expiresAt: number;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  userId: string;
  scopes: string[];
  expiresAt: number;
}

/** Where `/authorize` goes: the approval page, a redirect back with an error, or an error page. */
export type AuthorizeOutcome =
  | { kind: "page"; request: AuthorizeRequest }
  | { kind: "redirect"; location: string }
  | { kind: "error"; message: string };

/** The authorization-code grant with PKCE S256, as newer AWS CLIs use it from a browser. */
export class AuthCodeFlow {
  private requests = new Map<string, AuthorizeRequest>();
  private codes = new Map<string, IssuedCode>();

  /**
   * Checks `/authorize`'s query. Problems with the client or redirect URI show an error page (a
   * redirect to an unchecked URI would be an open redirect); the rest go back to the client.
   */
  begin(query: Record<string, string>, clients: Clients, now: number, lifetimeSeconds: number): AuthorizeOutcome {
    const client = clients.find(query.client_id ?? "");
    if (!client) return { kind: "error", message: "Unknown client_id: register the client with RegisterClient first." };
    const redirectUri = query.redirect_uri ?? "";
    if (!client.redirectUris.some((registered) => redirectMatches(registered, redirectUri))) {
      return { kind: "error", message: "redirect_uri is not one of the client's registered redirectUris." };
    }
    const state = query.state;
    const back = (error: string, description: string) => ({
      kind: "redirect" as const,
      location: withQuery(redirectUri, { error, error_description: description, state }),
    });
    if (query.response_type !== "code") return back("unsupported_response_type", "response_type must be code");
    if (!client.grantTypes.includes("authorization_code")) {
      return back("unauthorized_client", "The client is not registered for the authorization_code grant");
    }
    if (!query.code_challenge) return back("invalid_request", "code_challenge is required");
    if (query.code_challenge_method !== "S256") return back("invalid_request", "code_challenge_method must be S256");
    const request: AuthorizeRequest = {
      id: opaque("", 24),
      clientId: client.clientId,
      clientName: client.clientName,
      redirectUri,
      state,
      codeChallenge: query.code_challenge,
      scopes: (query.scopes ?? query.scope ?? "").split(/[ ,]+/).filter(Boolean),
      expiresAt: now + lifetimeSeconds * 1000,
    };
    this.requests.set(request.id, request);
    return { kind: "page", request };
  }

  /** The request a form names, while it can still be answered. */
  request(id: string, now: number): AuthorizeRequest | undefined {
    const request = this.requests.get(id);
    return request && request.expiresAt > now ? request : undefined;
  }

  /** The user said yes: a one-time code, sent back to the client's redirect URI with `state`. */
  approve(request: AuthorizeRequest, userId: string, now: number, lifetimeSeconds: number): string {
    this.requests.delete(request.id);
    const code = opaque("", 32);
    this.codes.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      userId,
      scopes: request.scopes,
      expiresAt: now + lifetimeSeconds * 1000,
    });
    return withQuery(request.redirectUri, { code, state: request.state });
  }

  deny(request: AuthorizeRequest): string {
    this.requests.delete(request.id);
    return withQuery(request.redirectUri, {
      error: "access_denied",
      error_description: "The user denied access",
      state: request.state,
    });
  }

  /** CreateToken with `authorization_code`: the code works once, for its client, URI and verifier. */
  redeem(
    client: RegisteredClient,
    code: string,
    redirectUri: string | undefined,
    codeVerifier: string | undefined,
    now: number,
  ) {
    if (!codeVerifier) throw oidcError("InvalidRequestException", "Invalid request: codeVerifier is required");
    const issued = this.codes.get(code);
    // A code is spent by any attempt, as RFC 6749 §10.5 asks of a code that may have leaked.
    this.codes.delete(code);
    if (!issued || issued.clientId !== client.clientId)
      throw oidcError("InvalidGrantException", "Invalid authorization code provided");
    if (issued.expiresAt <= now) throw oidcError("InvalidGrantException", "Authorization code has expired");
    if (redirectUri !== issued.redirectUri)
      throw oidcError("InvalidGrantException", "redirectUri does not match the authorization request");
    if (!verifierMatches(codeVerifier, issued.codeChallenge))
      throw oidcError("InvalidGrantException", "Code verifier does not match the challenge");
    return { userId: issued.userId, scopes: issued.scopes };
  }

  reset(): void {
    this.requests = new Map();
    this.codes = new Map();
  }
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

/**
 * A redirect URI matches a registered one exactly, or, for loopback http URIs, in everything
 * but the port (RFC 8252 §7.3): the AWS CLI registers `http://127.0.0.1/oauth/callback` and
 * then listens on a port of its choosing.
 */
function redirectMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  let a: URL;
  let b: URL;
  try {
    a = new URL(registered);
    b = new URL(requested);
  } catch {
    return false;
  }
  if (a.protocol !== "http:" || b.protocol !== "http:" || !LOOPBACK_HOSTS.has(a.hostname)) return false;
  return (
    a.hostname === b.hostname &&
    a.pathname === b.pathname &&
    a.search === b.search &&
    a.username === b.username &&
    a.password === b.password
  );
}

function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
