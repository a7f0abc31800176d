import type { PortalFixture, PortalUser } from "./fixtures.js";

/** The size of a fixture {@link generateFixture} makes. */
export interface GenerateFixtureOptions {
  /** How many accounts; every user is assigned all of them. */
  accounts: number;
  /** How many roles each account offers (names repeat the common permission sets first). */
  rolesPerAccount: number;
  /** How many users, default 1. */
  users?: number;
  /** Access tokens are `${tokenPrefix}-${userIndex}`, default "generated-token". */
  tokenPrefix?: string;
}

const COMMON_ROLE_NAMES = [
  "AdministratorAccess",
  "ReadOnlyAccess",
  "PowerUserAccess",
  "ViewOnlyAccess",
  "Billing",
  "SecurityAudit",
  "DatabaseAdministrator",
  "NetworkAdministrator",
];

/**
 * The largest fixture made. Measured (Node 20): 1,000,000 accounts × 10 roles take 745 MB once
 * served, 100,000 × 100 take 236 MB; 1,000,000 × 1,000 runs V8 out of memory. Beyond these
 * limits the answer is a clear error, not a crash.
 */
export const GENERATE_LIMITS = {
  /** Accounts. */
  accounts: 1_000_000,
  /** Roles offered in each account. */
  rolesPerAccount: 1000,
  /** Users. */
  users: 1000,
  /** Accounts × roles per account: the roles in all. */
  assignments: 10_000_000,
} as const;

/** A deterministic large fixture, e.g. 1,000 accounts × 3 roles for pagination and benchmarks. */
export function generateFixture(options: GenerateFixtureOptions): PortalFixture {
  const { accounts: accountCount, rolesPerAccount, users: userCount = 1, tokenPrefix = "generated-token" } = options;
  for (const [name, count] of [
    ["accounts", accountCount],
    ["rolesPerAccount", rolesPerAccount],
    ["users", userCount],
  ] as const) {
    if (!Number.isInteger(count) || count < 0 || count > GENERATE_LIMITS[name]) {
      throw new RangeError(`generateFixture: ${name} must be an integer from 0 to ${GENERATE_LIMITS[name]}`);
    }
  }
  if (accountCount * rolesPerAccount > GENERATE_LIMITS.assignments) {
    throw new RangeError(`generateFixture: accounts × rolesPerAccount must be at most ${GENERATE_LIMITS.assignments}`);
  }
  const roleNames = Array.from({ length: rolesPerAccount }, (_, i) => COMMON_ROLE_NAMES[i] ?? `Role${i + 1}`);
  const accounts = Array.from({ length: accountCount }, (_, i) => {
    const number = String(i + 1).padStart(4, "0");
    return {
      // 12 digits like a real account id, never a valid-looking real one (starts at 1000…).
      accountId: String(100_000_000_000 + i + 1),
      accountName: `Account ${number}`,
      emailAddress: `account-${number}@example.com`,
    };
  });
  const assignments = accounts.map(({ accountId }) => ({ accountId, roleNames }));
  const users: PortalUser[] = Array.from({ length: userCount }, (_, i) => ({
    userId: `user-${i + 1}`,
    accessTokens: [`${tokenPrefix}-${i + 1}`],
    assignments,
  }));
  return { accounts, users };
}
