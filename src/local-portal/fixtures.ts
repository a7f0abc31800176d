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
  accountId: string;
  accountName: string;
  emailAddress: string;
}

/** A token with an expiry: epoch milliseconds or an ISO 8601 date. Past it, requests get 401. */
export interface PortalAccessToken {
  token: string;
  expiresAt?: number | string;
}

/** The roles a user may assume in one account, listed in this order by `ListAccountRoles`. */
export interface PortalAssignment {
  accountId: string;
  roleNames: string[];
}

export interface PortalUser {
  userId: string;
  /** Tokens that never expire may be given as bare strings. */
  accessTokens: Array<string | PortalAccessToken>;
  /** `ListAccounts` lists the user's accounts in this order. */
  assignments: PortalAssignment[];
}

export interface PortalFixture {
  accounts: PortalAccount[];
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
