import type { Directory } from "../directory.js";
import { opaque } from "./codes.js";
import { oidcError } from "./errors.js";
import type { RegisteredClient } from "./clients.js";
import { TOKEN_TYPE } from "./wire.js";

/** One sign-in: a user approved a client. Its tokens come and go; Logout ends the whole of it. */
interface Grant {
  userId: string;
  clientId: string;
  scopes: string[];
  refreshToken: string | undefined;
  /** Epoch ms. */
  refreshExpiresAt: number;
  accessTokens: Set<string>;
}

export interface Lifetimes {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
}

/** CreateToken's output. */
export interface TokenOutput {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshToken: string;
}

/**
 * Issues access tokens into the portal's token table (so they work for the portal API of the
 * approving user) and rotating refresh tokens; a revoked access token ends its sign-in.
 */
export class Sessions {
  private byRefreshToken = new Map<string, Grant>();
  private byAccessToken = new Map<string, Grant>();

  constructor(private readonly directory: Directory) {}

  /** A new sign-in for an approved device code or authorization code. */
  start(client: RegisteredClient, userId: string, scopes: string[], now: number, lifetimes: Lifetimes): TokenOutput {
    const grant: Grant = {
      userId,
      clientId: client.clientId,
      scopes,
      refreshToken: undefined,
      refreshExpiresAt: 0,
      accessTokens: new Set(),
    };
    return this.issue(grant, now, lifetimes);
  }

  /** The refresh_token grant: fresh tokens, and the used refresh token stops working. */
  refresh(client: RegisteredClient, refreshToken: string, now: number, lifetimes: Lifetimes): TokenOutput {
    const grant = this.byRefreshToken.get(refreshToken);
    if (!grant || grant.clientId !== client.clientId)
      throw oidcError("InvalidGrantException", "Invalid refresh token provided");
    this.byRefreshToken.delete(refreshToken);
    if (grant.refreshExpiresAt <= now) throw oidcError("InvalidGrantException", "Refresh token has expired");
    return this.issue(grant, now, lifetimes);
  }

  /** Called when the portal forgets an access token (Logout, `revokeToken`): the sign-in ends. */
  endByAccessToken(accessToken: string): void {
    const grant = this.byAccessToken.get(accessToken);
    if (!grant) return;
    if (grant.refreshToken) this.byRefreshToken.delete(grant.refreshToken);
    grant.refreshToken = undefined;
    for (const token of grant.accessTokens) {
      this.byAccessToken.delete(token);
      if (token !== accessToken) this.directory.revokeToken(token);
    }
  }

  reset(): void {
    this.byRefreshToken = new Map();
    this.byAccessToken = new Map();
  }

  private issue(grant: Grant, now: number, lifetimes: Lifetimes): TokenOutput {
    const accessToken = opaque("aoa");
    const refreshToken = opaque("aor");
    this.directory.issueToken(grant.userId, accessToken, now + lifetimes.accessTokenSeconds * 1000);
    grant.accessTokens.add(accessToken);
    grant.refreshToken = refreshToken;
    grant.refreshExpiresAt = now + lifetimes.refreshTokenSeconds * 1000;
    this.byAccessToken.set(accessToken, grant);
    this.byRefreshToken.set(refreshToken, grant);
    return { accessToken, tokenType: TOKEN_TYPE, expiresIn: lifetimes.accessTokenSeconds, refreshToken };
  }
}
