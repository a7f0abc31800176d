"use strict";
// One cold start: a fresh process that loads a client, constructs it and completes one
// GetRoleCredentials against the loopback server, then exits on its own (no process.exit).
// argv: <kind: ours|ours-esm|original|raw|floor|handler> <port> <module path for "ours">
//   raw:     the baseline, node:http alone
//   handler: @smithy/node-http-handler alone (the Node HTTP handler both clients use by default),
//            to show how much of a client's cold start that shared dependency is
//   floor:   raw, after loading the built-in modules @smithy/node-http-handler loads (node:https,
//            node:http2, node:crypto, node:zlib): what any client on that handler pays at least
const [kind, port, oursPath] = process.argv.slice(2);
const endpoint = `http://127.0.0.1:${port}`;
const input = { accessToken: "bench-token", accountId: "111122223333", roleName: "ReadOnly" };
const done = (output) => process.stdout.write(output.roleCredentials.accessKeyId + "\n");
// For the parent: this process's CPU time (user + system, µs), steadier than wall time on a busy machine.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`cpu ${user + system}\n`);
});

if (kind === "raw" || kind === "floor") {
  if (kind === "floor") for (const name of ["node:https", "node:http2", "node:crypto", "node:zlib"]) require(name);
  // The baseline: the same request with nothing but node:http.
  const http = require("node:http");
  const req = http.request(
    {
      host: "127.0.0.1",
      port,
      method: "GET",
      path: `/federation/credentials?role_name=${input.roleName}&account_id=${input.accountId}`,
      headers: { "x-amz-sso_bearer_token": input.accessToken },
    },
    (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => done(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
    },
  );
  req.end();
} else if (kind === "handler") {
  const { NodeHttpHandler, streamCollector } = require("@smithy/node-http-handler");
  const handler = new NodeHttpHandler();
  handler
    .handle({
      protocol: "http:",
      hostname: "127.0.0.1",
      port: Number(port),
      method: "GET",
      path: "/federation/credentials",
      query: { role_name: input.roleName, account_id: input.accountId },
      headers: { "x-amz-sso_bearer_token": input.accessToken },
    })
    .then(async ({ response }) => {
      done(JSON.parse(Buffer.from(await streamCollector(response.body)).toString("utf8")));
      handler.destroy();
    })
    .catch((error) => {
      // A failed run must fail the measurement, not leave an unhandled rejection.
      console.error(error);
      process.exit(1);
    });
} else {
  const call = ({ SSOClient, GetRoleCredentialsCommand }) => {
    const client = new SSOClient({ region: "us-east-1", endpoint });
    client.send(new GetRoleCredentialsCommand(input)).then((output) => {
      done(output);
      client.destroy();
    });
  };
  // ours-esm: Node's `import` of the package, the ES module bundle beside the CommonJS one.
  if (kind === "ours-esm")
    void import(
      require("node:url").pathToFileURL(oursPath.replace(/dist-cjs\/index\.js$/, "dist-node/index.mjs")).href
    ).then(call);
  else call(require(kind === "ours" ? oursPath : "@aws-sdk/client-sso"));
}
