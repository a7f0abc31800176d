"use strict";
// One load run in its own process (forked with IPC; sends its results to the parent).
// argv: <mode: throughput|paginate> <kind: ours|original|raw> <port> <module path for "ours">
//       [sequential] [concurrent total] [in flight] [warm-up]
const http = require("node:http");

const [mode, kind, port, oursPath, seqArg, totalArg, flightArg, warmupArg] = process.argv.slice(2);
const SEQUENTIAL = Number(seqArg) || 4000;
const CONCURRENT_TOTAL = Number(totalArg) || 20000;
const IN_FLIGHT = Number(flightArg) || 2000;
const WARMUP = Number(warmupArg) || 2000;
const PAGE_SIZE = 100;
const TOKEN = "bench-token";

// The limit: node:http with a keep-alive agent, the SDK handler's defaults (50 sockets per host).
const rawClient = () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const get = (path) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, method: "GET", path, agent, headers: { "x-amz-sso_bearer_token": TOKEN } },
        (res) => {
          const chunks = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
            } catch (error) {
              reject(error);
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end();
    });
  return {
    listAccounts: () => get("/assignment/accounts"),
    listPage: (nextToken) =>
      get(
        `/assignment/accounts?max_result=${PAGE_SIZE}${nextToken ? `&next_token=${encodeURIComponent(nextToken)}` : ""}`,
      ),
    destroy: () => agent.destroy(),
  };
};

const sdkClient = (moduleId) => {
  const sdk = require(moduleId);
  const client = new sdk.SSOClient({ region: "us-east-1", endpoint: `http://127.0.0.1:${port}` });
  return {
    listAccounts: () => client.send(new sdk.ListAccountsCommand({ accessToken: TOKEN })),
    paginate: () => sdk.paginateListAccounts({ client, pageSize: PAGE_SIZE }, { accessToken: TOKEN }),
    destroy: () => client.destroy(),
  };
};

const check = (output) => {
  if (!output || !Array.isArray(output.accountList) || output.accountList.length !== 3) {
    throw new Error(`unexpected ListAccounts output: ${JSON.stringify(output)}`);
  }
};

const throughput = async (client) => {
  for (let i = 0; i < WARMUP; i++) check(await client.listAccounts());

  // Sequential: timed in batches, and the median batch taken, so that a moment of interference
  // from other processes on the machine does not skew the whole run.
  const BATCH = Math.min(250, SEQUENTIAL);
  const batchUs = [];
  let cpu = process.cpuUsage();
  for (let done = 0; done < SEQUENTIAL; done += BATCH) {
    const batchStart = performance.now();
    for (let i = 0; i < BATCH; i++) check(await client.listAccounts());
    batchUs.push(((performance.now() - batchStart) / BATCH) * 1000);
  }
  const sequentialCpu = process.cpuUsage(cpu);
  batchUs.sort((a, b) => a - b);
  const sequentialUs = batchUs[batchUs.length >> 1];

  let started = 0;
  const worker = async () => {
    while (started < CONCURRENT_TOTAL) {
      started++;
      check(await client.listAccounts());
    }
  };
  cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const concurrentMs = performance.now() - start;
  const concurrentCpu = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  client.destroy();
  return {
    sequentialRps: 1e6 / sequentialUs,
    sequentialUs,
    concurrentRps: (CONCURRENT_TOTAL / concurrentMs) * 1000,
    // CPU time of this process per request (user + system): steadier than wall time on a busy machine.
    sequentialCpuUs: (sequentialCpu.user + sequentialCpu.system) / (Math.ceil(SEQUENTIAL / BATCH) * BATCH),
    concurrentCpuUs: (concurrentCpu.user + concurrentCpu.system) / CONCURRENT_TOTAL,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
  };
};

const paginate = async (client) => {
  const start = performance.now();
  const accounts = [];
  if (client.paginate) {
    for await (const page of client.paginate()) accounts.push(...page.accountList);
  } else {
    let nextToken;
    do {
      const page = await client.listPage(nextToken);
      accounts.push(...page.accountList);
      nextToken = page.nextToken;
    } while (nextToken);
  }
  const ms = performance.now() - start;
  if (accounts.length !== 10000) throw new Error(`paginated ${accounts.length} accounts, expected 10000`);
  const memory = process.memoryUsage();
  client.destroy();
  return { paginateMs: ms, paginateRss: memory.rss, paginateHeapUsed: memory.heapUsed };
};

(async () => {
  const client = kind === "raw" ? rawClient() : sdkClient(kind === "ours" ? oursPath : "@aws-sdk/client-sso");
  const result = mode === "paginate" ? await paginate(client) : await throughput(client);
  process.send({ ok: true, result }, () => process.disconnect());
})().catch((error) => {
  process.send({ ok: false, error: String(error && error.stack ? error.stack : error) }, () => process.exit(1));
});
