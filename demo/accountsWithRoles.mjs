// Every account with its roles in one loop, paced under the portal's request limit: what an
// account picker or a profile generator needs (`paginateAccountsWithRoles`, not in the original).
import { paginateAccountsWithRoles, SSOClient } from "client-sso";

import { ALICE_TOKEN } from "./fixture.mjs";
import { check, heading, subheading, table } from "./format.mjs";

export async function showAccountsWithRoles(portal) {
  heading("3. Every account and role: paginateAccountsWithRoles");
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  try {
    const rows = [];
    let last;
    const listing = paginateAccountsWithRoles(
      { client, onProgress: (progress) => (last = progress) },
      { accessToken: ALICE_TOKEN },
    );
    for await (const { account, roles } of listing) {
      for (const role of roles) rows.push([account.accountId, account.accountName, role.roleName]);
    }
    check(rows.length > 0 && last?.listingComplete, "paginateAccountsWithRoles listed nothing");
    check(last.rolesFound === rows.length, `${last.rolesFound} roles counted, ${rows.length} listed`);
    subheading(
      `alice: ${last.accountsDone} accounts, ${last.rolesFound} roles in ${last.requests} requests ` +
        `(${last.throttled} throttled), paced at the default 18 requests per second or fewer`,
    );
    table(["accountId", "accountName", "roleName"], rows);
    return { accounts: last.accountsDone, roles: last.rolesFound };
  } finally {
    client.destroy();
  }
}
