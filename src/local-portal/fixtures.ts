/**
 * The data an emulator serves: the accounts of an organisation, and users with their access
 * tokens and account/role assignments. Plain JSON, so a fixture file is just this object.
 *
 * ```json
 * {
 *   "accounts": [{ "accountId": "111122223333", "accountName": "Development", "emailAddress": "dev@example.com" }],
 *   "users": [{
 *     "userId": "alice",
 *     "accessTokens": ["alice-token", { "token": "alice-old-token", "expiresAt": "2020-01-01T00:00:00Z" }],
 *     "assignments": [{ "accountId": "111122223333", "roleNames": ["AdministratorAccess"] }]
 *   }]
 * }
 * ```
 */

/** `AccountInfo` in the model. */
export interface PortalAccount {
  /** The 12-digit account id. */
  accountId: string;
  /** The display name `ListAccounts` returns. */
  accountName: string;
  /** The account's email address `ListAccounts` returns. */
  emailAddress: string;
}

/** A token with an expiry: epoch milliseconds or an ISO 8601 date. Past it, requests get 401. */
export interface PortalAccessToken {
  /** The bearer token a client sends as `accessToken`. */
  token: string;
  /** When the token stops working; absent, it never expires. */
  expiresAt?: number | string;
}

/** The roles a user may assume in one account, listed in this order by `ListAccountRoles`. */
export interface PortalAssignment {
  /** An account of the fixture's `accounts`. */
  accountId: string;
  /** The roles the user may assume there. */
  roleNames: string[];
}

/** A portal user: who holds which tokens, and which roles in which accounts. */
export interface PortalUser {
  /** A name for the user, unique in the fixture; used by `issueToken`. */
  userId: string;
  /** Tokens that never expire may be given as bare strings. */
  accessTokens: Array<string | PortalAccessToken>;
  /** `ListAccounts` lists the user's accounts in this order. */
  assignments: PortalAssignment[];
}

/**
 * What an emulator serves: the organisation's accounts and its users. Plain JSON, so a fixture
 * file holds exactly this object.
 */
export interface PortalFixture {
  /** Every account; users are assigned some of them. */
  accounts: PortalAccount[];
  /** The users, each with tokens and assignments. */
  users: PortalUser[];
}

/** Account ids are the placeholders AWS documentation uses, so nothing looks like a real one. */
export const defaultFixture: PortalFixture = {
  accounts: [
    { accountId: "111122223333", accountName: "Development", emailAddress: "dev@example.com" },
    { accountId: "444455556666", accountName: "Production", emailAddress: "prod@example.com" },
    { accountId: "777788889999", accountName: "Audit", emailAddress: "audit@example.com" },
  ],
  users: [
    {
      userId: "alice",
      accessTokens: [
        "local-portal-token-alice",
        { token: "local-portal-token-alice-expired", expiresAt: "2020-01-01T00:00:00.000Z" },
      ],
      assignments: [
        { accountId: "111122223333", roleNames: ["AdministratorAccess", "ReadOnlyAccess"] },
        { accountId: "444455556666", roleNames: ["ReadOnlyAccess"] },
      ],
    },
    {
      userId: "bob",
      accessTokens: ["local-portal-token-bob"],
      assignments: [{ accountId: "777788889999", roleNames: ["SecurityAudit"] }],
    },
  ],
};
