// Both paginators over a few hundred accounts: every page, in order, one page in memory at a time.
import { paginateListAccounts, SSO, SSOClient } from "client-sso";

import { MANY_ACCOUNTS, MANY_TOKEN, ROLES_PER_ACCOUNT } from "./fixture.mjs";
import { check, heading, subheading, table } from "./format.mjs";

const ACCOUNT_ROWS = 10;
const ROLE_ROWS = 5;

export async function showPaginators(portal) {
  heading(`2. Paginators over ${MANY_ACCOUNTS} accounts`);
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  const sso = new SSO({ region: "us-east-1", endpoint: portal.endpoint });
  try {
    const accounts = [];
    let pages = 0;
    for await (const page of paginateListAccounts({ client, pageSize: 100 }, { accessToken: MANY_TOKEN })) {
      pages++;
      accounts.push(...page.accountList);
    }
    check(accounts.length === MANY_ACCOUNTS, `paginateListAccounts listed ${accounts.length} accounts`);
    subheading(`paginateListAccounts({ client, pageSize: 100 }): ${accounts.length} accounts in ${pages} pages`);
    table(
      ["accountId", "accountName", "emailAddress"],
      accounts.map((account) => [account.accountId, account.accountName, account.emailAddress]),
      { limit: ACCOUNT_ROWS },
    );

    // The aggregated client's paginator for every account; two roles a page, so each takes two.
    const rolesByAccount = [];
    let rolePages = 0;
    for (const account of accounts) {
      const roles = [];
      const input = { accessToken: MANY_TOKEN, accountId: account.accountId };
      for await (const page of sso.paginateListAccountRoles(input, { pageSize: 2 })) {
        rolePages++;
        roles.push(...page.roleList.map((role) => role.roleName));
      }
      check(roles.length === ROLES_PER_ACCOUNT, `account ${account.accountId} has ${roles.length} roles`);
      rolesByAccount.push([account.accountId, account.accountName, roles.join(", ")]);
    }
    const roleCount = rolesByAccount.length * ROLES_PER_ACCOUNT;
    subheading(`sso.paginateListAccountRoles(input, { pageSize: 2 }): ${roleCount} roles in ${rolePages} pages`);
    table(["accountId", "accountName", "roles"], rolesByAccount, { limit: ROLE_ROWS });
    return { accounts: accounts.length, pages, roles: roleCount, rolePages };
  } finally {
    client.destroy();
    sso.destroy();
  }
}
