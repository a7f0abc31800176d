// The demo's data: the emulator's small default organisation (alice, bob, an expired token)
// and a generated one of a few hundred accounts for the paginators.
import { defaultFixture, generateFixture } from "client-sso/local-portal";

export const ALICE = "alice";
export const ALICE_TOKEN = "local-portal-token-alice";
export const ALICE_EXPIRED_TOKEN = "local-portal-token-alice-expired";
export const DEVELOPMENT_ACCOUNT = "111122223333";
export const AUDIT_ACCOUNT = "777788889999";

export const MANY_ACCOUNTS = 300;
export const ROLES_PER_ACCOUNT = 3;
/** `generateFixture` names its first user's token `${tokenPrefix}-1`. */
export const MANY_TOKEN = "demo-many-1";

const many = generateFixture({ accounts: MANY_ACCOUNTS, rolesPerAccount: ROLES_PER_ACCOUNT, tokenPrefix: "demo-many" });

export const demoFixture = {
  accounts: [...defaultFixture.accounts, ...many.accounts],
  users: [...defaultFixture.users, ...many.users],
};
