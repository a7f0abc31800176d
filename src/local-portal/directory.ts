import type { PortalAccount, PortalFixture } from "./fixtures.js";
import { toEpochMillis } from "./loadFixtures.js";

/** Who a valid token belongs to. */
export interface Session {
  userId: string;
  accessToken: string;
}

interface TokenRecord {
  userId: string;
  /** Epoch ms; absent for tokens that never expire. */
  expiresAt?: number;
}

interface UserRecord {
  accounts: PortalAccount[];
  rolesByAccount: Map<string, string[]>;
}

/**
 * The fixture indexed for constant-time lookups per request, plus the live token table that
 * `Logout` and `issueToken` change; `reset()` brings it back to the fixture's tokens.
 */
export class Directory {
  private readonly users = new Map<string, UserRecord>();
  private tokens = new Map<string, TokenRecord>();
  /** Every token the emulator ever handed out, logged-out ones included: not secrets, so logged as they are. */
  private readonly ownTokens = new Set<string>();
  /** Told of every token that stops working through Logout or `revokeToken` (ends OIDC sign-ins). */
  onRevoke: ((accessToken: string) => void) | undefined;

  constructor(readonly fixture: PortalFixture) {
    const accountsById = new Map(fixture.accounts.map((account) => [account.accountId, account]));
    for (const user of fixture.users) {
      const record: UserRecord = this.users.get(user.userId) ?? { accounts: [], rolesByAccount: new Map() };
      for (const { accountId, roleNames } of user.assignments) {
        const roles = record.rolesByAccount.get(accountId);
        if (roles) {
          // Two assignments to one account merge, as several permission sets do in the portal.
          for (const role of roleNames) if (!roles.includes(role)) roles.push(role);
          continue;
        }
        record.rolesByAccount.set(accountId, [...roleNames]);
        record.accounts.push(accountsById.get(accountId)!);
      }
      this.users.set(user.userId, record);
    }
    this.reset();
  }

  /** Restores the fixture's tokens, undoing logouts and issued tokens. */
  reset(): void {
    this.tokens = new Map();
    for (const user of this.fixture.users) {
      for (const entry of user.accessTokens) {
        const token = typeof entry === "string" ? entry : entry.token;
        this.tokens.set(token, {
          userId: user.userId,
          expiresAt: typeof entry === "string" ? undefined : expiry(entry.expiresAt),
        });
        this.ownTokens.add(token);
      }
    }
  }

  /** The session for a token, or undefined when it is unknown, logged out or expired. */
  authenticate(accessToken: string | undefined, now: number): Session | undefined {
    if (!accessToken) return undefined;
    const record = this.tokens.get(accessToken);
    if (!record || (record.expiresAt !== undefined && record.expiresAt <= now)) return undefined;
    return { userId: record.userId, accessToken };
  }

  issueToken(userId: string, token: string, expiresAt?: number): void {
    if (!this.users.has(userId)) throw new Error(`no user ${userId} in the fixture`);
    this.tokens.set(token, { userId, expiresAt });
    this.ownTokens.add(token);
  }

  /** True for a token of the fixture or one issued here, even after logout or expiry. */
  isOwnToken(accessToken: string): boolean {
    return this.ownTokens.has(accessToken);
  }

  revokeToken(accessToken: string): boolean {
    const revoked = this.tokens.delete(accessToken);
    if (revoked) this.onRevoke?.(accessToken);
    return revoked;
  }

  accountsOf(userId: string): readonly PortalAccount[] {
    return this.users.get(userId)?.accounts ?? [];
  }

  /** The roles assigned to the user in that account, or undefined when none are. */
  rolesOf(userId: string, accountId: string): readonly string[] | undefined {
    return this.users.get(userId)?.rolesByAccount.get(accountId);
  }
}

function expiry(value: number | string | undefined): number | undefined {
  return value === undefined ? undefined : toEpochMillis(value);
}
