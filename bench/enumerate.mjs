// Listing every account and role of a large portal under its throttle: paginateAccountsWithRoles
// against the two ways people write it by hand. Never part of `npm test`; `npm run bench` runs it
// last. Measures the package as last built (npm run build first).
//
//   node bench/enumerate.mjs [--accounts 1000] [--roles 3] [--throttle 20] [--latency MS|MIN-MAX]
//                            [--only helper,naive,sequential]
//
// Each run gets a fresh local portal (throttling at --throttle requests per second, burst equal
// to the rate, no added latency unless --latency) and a fresh client with the SDK's default
// retries (standard mode, 3 attempts). The table goes to stdout, progress to stderr.
import { parseArgs } from "node:util";

import { ListAccountRolesCommand, paginateAccountsWithRoles, paginateListAccounts, SSOClient } from "client-sso";
import { createLocalPortal, generateFixture } from "client-sso/local-portal";

const { values: args } = parseArgs({
  options: {
    accounts: { type: "string", default: "1000" },
    roles: { type: "string", default: "3" },
    throttle: { type: "string", default: "20" },
    latency: { type: "string" },
    only: { type: "string", default: "helper,naive,sequential" },
  },
});
const ACCOUNTS = Number(args.accounts);
const ROLES = Number(args.roles);
const THROTTLE = Number(args.throttle);
const LATENCY = parseLatency(args.latency);
const TOKEN = "generated-token-1";
const fixture = generateFixture({ accounts: ACCOUNTS, rolesPerAccount: ROLES });

/** The accounts, page by page as everybody does it (100 a page: within the portal's burst). */
async function listAccounts(client) {
  const accounts = [];
  for await (const page of paginateListAccounts({ client, pageSize: 100 }, { accessToken: TOKEN })) {
    accounts.push(...(page.accountList ?? []));
  }
  return accounts;
}

const listRoles = (client, account) =>
  client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: account.accountId, maxResults: 100 }));

const scenarios = {
  helper: {
    label: "`paginateAccountsWithRoles` (defaults: concurrency 8, 18 req/s)",
    async run(client) {
      let roles = 0;
      let accounts = 0;
      for await (const item of paginateAccountsWithRoles({ client }, { accessToken: TOKEN })) {
        accounts += 1;
        roles += item.roles.length;
      }
      return { accounts, roles, failed: 0 };
    },
  },
  naive: {
    label: "`Promise.all` over `ListAccountRoles`",
    async run(client) {
      const accounts = await listAccounts(client);
      // allSettled, to count the failures: Promise.all itself rejects at the first of them.
      const results = await Promise.allSettled(accounts.map((account) => listRoles(client, account)));
      const done = results.filter((r) => r.status === "fulfilled");
      return {
        accounts: done.length,
        roles: done.reduce((n, r) => n + (r.value.roleList?.length ?? 0), 0),
        failed: results.length - done.length,
      };
    },
  },
  sequential: {
    label: "sequential `for … await` loop",
    async run(client) {
      const accounts = await listAccounts(client);
      let roles = 0;
      let done = 0;
      let failed = 0;
      for (const account of accounts) {
        // A try/catch a naive loop would not have: without it the loop ends at the first failure.
        try {
          roles += (await listRoles(client, account)).roleList?.length ?? 0;
          done += 1;
        } catch {
          failed += 1;
        }
      }
      return { accounts: done, roles, failed };
    },
  },
};

const rows = [];
for (const name of args.only.split(",")) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`unknown scenario ${name}`);
  const portal = await createLocalPortal({
    fixtures: fixture,
    throttle: THROTTLE,
    latency: LATENCY,
    requestLogLimit: 0,
  });
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  process.stderr.write(
    `${name}: listing ${ACCOUNTS} accounts × ${ROLES} roles, portal throttling at ${THROTTLE} req/s …\n`,
  );
  const started = performance.now();
  const result = await scenario.run(client);
  const seconds = (performance.now() - started) / 1000;
  const { requests, byStatus } = portal.stats;
  client.destroy();
  await portal.close();
  const successful = byStatus[200] ?? 0;
  const row = { name, label: scenario.label, seconds, requests, successful, throttled: byStatus[429] ?? 0, ...result };
  rows.push(row);
  process.stderr.write(`${name}: ${JSON.stringify(row)}\n`);
}

// The ideal: every request the listing needs (one per page), back to back at the portal's limit.
const needed = Math.ceil(ACCOUNTS / 100) + ACCOUNTS * Math.max(1, Math.ceil(ROLES / 100));
const ideal = needed / THROTTLE;
const lines = [
  `Listing ${ACCOUNTS.toLocaleString("en-US")} accounts × ${ROLES} roles from the local portal throttling at ${THROTTLE} requests/s` +
    `${args.latency ? ` with ${args.latency} ms of latency` : ""}: ` +
    `${needed} requests, ideal ${ideal.toFixed(1)} s.`,
  "",
  "| approach | time | × ideal | requests sent | 429s | accounts listed | calls failed |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.seconds.toFixed(1)} s | ${(r.seconds / ideal).toFixed(2)} | ${r.requests} | ${r.throttled} | ` +
      `${r.accounts} of ${ACCOUNTS} | ${r.failed} |`,
  ),
];
const helper = rows.find((r) => r.name === "helper");
if (helper) {
  const met = helper.accounts === ACCOUNTS && helper.throttled <= 5 && helper.seconds <= 1.2 * ideal;
  lines.push("", `Goal (every account, at most a handful of 429s, within 1.2× the ideal): ${met ? "met" : "NOT met"}.`);
  if (helper.accounts !== ACCOUNTS) process.exitCode = 1;
}
process.stdout.write(`${lines.join("\n")}\n`);

function parseLatency(raw) {
  if (raw === undefined) return undefined;
  const [min, max = min] = raw.split("-").map(Number);
  if (!(min >= 0 && max >= min)) throw new Error(`--latency expects MS or MIN-MAX, got "${raw}"`);
  return { min, max };
}
