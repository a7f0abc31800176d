// `npm start`: the local SSO portal emulator on a free loopback port, and the client doing
// everything it can against it. No network, no AWS account; exits 0 when all went as shown.
import { createLocalPortal } from "client-sso/local-portal";

import { showAccountsWithRoles } from "./accountsWithRoles.mjs";
import { showCallStyles } from "./callStyles.mjs";
import { showErrorPaths } from "./errorPaths.mjs";
import { demoFixture } from "./fixture.mjs";
import { heading, table } from "./format.mjs";
import { showPaginators } from "./paginators.mjs";
import { showSignIn } from "./signIn.mjs";

const started = performance.now();
// Answers still to throttle before the limit is lifted: a burst the client's retry rides out.
const throttles = { remaining: 0 };
const portal = await createLocalPortal({
  fixtures: demoFixture,
  onRequest: (entry) => {
    if (entry.fault === "throttle" && throttles.remaining > 0 && --throttles.remaining === 0) {
      portal.setFaults({ throttle: undefined });
    }
  },
});

try {
  console.log(`Local SSO portal emulator listening on ${portal.endpoint}`);
  const calls = await showCallStyles(portal);
  const listing = await showPaginators(portal);
  const everything = await showAccountsWithRoles(portal);
  const errors = await showErrorPaths(portal, throttles);
  const signIn = await showSignIn(portal);

  heading("Summary");
  const { stats } = portal;
  table(
    ["what", "count"],
    [
      ["operation × call style", calls],
      ["accounts listed by paginateListAccounts", `${listing.accounts} in ${listing.pages} pages`],
      ["roles listed by paginateListAccountRoles", `${listing.roles} in ${listing.rolePages} pages`],
      ["accounts and roles by paginateAccountsWithRoles", `${everything.accounts} accounts, ${everything.roles} roles`],
      ["error paths", errors],
      [
        "sign-in: device flow, refresh, fromSSO",
        `${signIn.steps} steps, then ${signIn.role} credentials in ${signIn.accountId}`,
      ],
      ["requests the emulator answered", stats.requests],
      [
        "answers by status",
        Object.entries(stats.byStatus)
          .map(([status, n]) => `${status}×${n}`)
          .join(" "),
      ],
    ],
  );
  console.log(`\nDone in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`\nThe demo failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await portal.close();
}
