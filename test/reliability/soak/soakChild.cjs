// The soak, run by soak.test.ts in a child process of its own: `node --expose-gc soakChild.cjs
// <dist-cjs directory> <requests per batch> <concurrency>`: a warm-up, then two equal batches,
// with memory read (after a full GC) before and after each. It uses the BUILT package, like an application
// would, drives the local portal emulator, prints one JSON line of figures, and then must exit by
// itself: nothing may keep the event loop alive once the client is destroyed and the portal closed.
"use strict";

const path = require("node:path");

const [distDirectory, requestsArgument, concurrencyArgument] = process.argv.slice(2);
const { SSOClient, ListAccountsCommand, ListAccountRolesCommand, GetRoleCredentialsCommand, LogoutCommand } = require(
  path.join(distDirectory, "index.js"),
);
const { createLocalPortal, generateFixture } = require(path.join(distDirectory, "local-portal", "index.js"));

const REQUESTS = Number(requestsArgument);
const CONCURRENCY = Number(concurrencyArgument);
const WARM_UP = 2_000;
const TOKEN = "generated-token-1";
const ACCOUNT = "100000000001";

const warnings = [];
process.on("warning", (warning) => warnings.push({ name: warning.name, message: warning.message }));

const megabytes = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const collectGarbage = async () => {
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
};
/** What a leak would grow: the process (RSS), live JavaScript objects, and memory outside the heap (Buffers). */
const memory = () => {
  const usage = process.memoryUsage();
  return {
    rssMB: megabytes(usage.rss),
    heapUsedMB: megabytes(usage.heapUsed),
    externalMB: megabytes(usage.external),
    arrayBuffersMB: megabytes(usage.arrayBuffers),
  };
};
const sockets = () => process.getActiveResourcesInfo().filter((name) => name === "TCPSocketWrap").length;

const addCounts = (a, b) => {
  const sum = { ...a };
  for (const [name, count] of Object.entries(b)) sum[name] = (sum[name] ?? 0) + count;
  return sum;
};

async function main() {
  const portal = await createLocalPortal({
    fixtures: generateFixture({ accounts: 50, rolesPerAccount: 3 }),
    requestLogLimit: 0,
  });
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });

  // Every operation in turn; every tenth call carries an abort signal of its own (never fired),
  // so that listeners on signals and sockets are added and removed at volume.
  const call = (index) => {
    const options = index % 10 === 0 ? { abortSignal: new AbortController().signal } : {};
    switch (index % 4) {
      case 0:
        return client.send(new ListAccountsCommand({ accessToken: TOKEN, maxResults: 10 }), options);
      case 1:
        return client.send(new ListAccountRolesCommand({ accessToken: TOKEN, accountId: ACCOUNT }), options);
      case 2:
        return client.send(
          new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: ACCOUNT, roleName: "ReadOnlyAccess" }),
          options,
        );
      default:
        return client.send(new LogoutCommand({ accessToken: portal.issueToken("user-1") }), options);
    }
  };
  const run = async (count) => {
    let next = 0;
    let failures = 0;
    const failureNames = {};
    const worker = async () => {
      while (next < count) {
        const index = next++;
        try {
          await call(index);
        } catch (error) {
          failures += 1;
          failureNames[error.name] = (failureNames[error.name] ?? 0) + 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { failures, failureNames };
  };

  await run(WARM_UP);
  await collectGarbage();
  const before = memory();
  const started = performance.now();
  const first = await run(REQUESTS);
  await collectGarbage();
  const afterFirst = memory();
  const second = await run(REQUESTS);
  const durationMs = performance.now() - started;
  await collectGarbage();
  const afterSecond = memory();

  const socketsBeforeDestroy = sockets();
  const answered = portal.stats.requests;
  client.destroy();
  // Both ends of every kept-alive connection live in this process: wait for them all to close.
  let socketsAfterDestroy = sockets();
  for (let waited = 0; socketsAfterDestroy > 0 && waited < 5_000; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    socketsAfterDestroy = sockets();
  }
  await portal.close();

  const figures = {
    node: process.version,
    requests: REQUESTS * 2,
    batches: 2,
    warmUp: WARM_UP,
    concurrency: CONCURRENCY,
    answered,
    failures: first.failures + second.failures,
    failureNames: addCounts(first.failureNames, second.failureNames),
    durationMs: Math.round(durationMs),
    requestsPerSecond: Math.round((REQUESTS * 2) / (durationMs / 1000)),
    memory: { before, afterFirst, afterSecond },
    socketsBeforeDestroy,
    socketsAfterDestroy,
    warnings,
    activeResourcesAtEnd: process.getActiveResourcesInfo(),
  };
  process.stdout.write(`SOAK ${JSON.stringify(figures)}\n`);
}

main().catch((error) => {
  process.stdout.write(`SOAK-FAILED ${error && error.stack}\n`);
  process.exitCode = 1;
});
