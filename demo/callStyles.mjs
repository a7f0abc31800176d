// Every operation in every call style the client offers, against the emulator.
import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  SSO,
  SSOClient,
} from "client-sso";

import { ALICE, ALICE_TOKEN, DEVELOPMENT_ACCOUNT } from "./fixture.mjs";
import { check, heading, redact, subheading, table } from "./format.mjs";

/** The four operations, each as a command, a v2-style method name and a one-line summary. */
function operations(portal) {
  return [
    {
      name: "ListAccounts",
      input: () => ({ accessToken: ALICE_TOKEN }),
      Command: ListAccountsCommand,
      method: "listAccounts",
      summarize: (output) =>
        `${output.accountList.length} accounts: ${output.accountList.map((a) => a.accountName).join(", ")}`,
    },
    {
      name: "ListAccountRoles",
      input: () => ({ accessToken: ALICE_TOKEN, accountId: DEVELOPMENT_ACCOUNT }),
      Command: ListAccountRolesCommand,
      method: "listAccountRoles",
      summarize: (output) => `${output.roleList.length} roles: ${output.roleList.map((r) => r.roleName).join(", ")}`,
    },
    {
      name: "GetRoleCredentials",
      input: () => ({ accessToken: ALICE_TOKEN, accountId: DEVELOPMENT_ACCOUNT, roleName: "ReadOnlyAccess" }),
      Command: GetRoleCredentialsCommand,
      method: "getRoleCredentials",
      summarize: (output) => `credentials ${output.roleCredentials.accessKeyId}`,
    },
    {
      // Logout ends the session, so each style signs out a token of its own.
      name: "Logout",
      input: () => ({ accessToken: portal.issueToken(ALICE) }),
      Command: LogoutCommand,
      method: "logout",
      summarize: () => "signed out",
    },
  ];
}

/** The four ways to call: each takes (client, sso, operation) and resolves to the output. */
const styles = {
  "async/await": async (client, _sso, op) => await client.send(new op.Command(op.input())),
  "promise chain": (client, _sso, op) => client.send(new op.Command(op.input())).then((output) => output),
  callback: (client, _sso, op) =>
    new Promise((resolve, reject) => {
      client.send(new op.Command(op.input()), (error, output) => (error ? reject(error) : resolve(output)));
    }),
  "v2 style (SSO)": (_client, sso, op) => sso[op.method](op.input()),
};

export async function showCallStyles(portal) {
  heading("1. Every operation in every call style");
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  const sso = new SSO({ region: "us-east-1", endpoint: portal.endpoint });
  const rows = [];
  let credentials;
  try {
    for (const op of operations(portal)) {
      for (const [style, call] of Object.entries(styles)) {
        const output = await call(client, sso, op);
        check(
          output.$metadata.httpStatusCode === 200,
          `${op.name} (${style}) answered ${output.$metadata.httpStatusCode}`,
        );
        if (op.name === "GetRoleCredentials") credentials ??= output.roleCredentials;
        rows.push([op.name, style, output.$metadata.httpStatusCode, op.summarize(output)]);
      }
    }
  } finally {
    client.destroy();
    sso.destroy();
  }
  table(["operation", "style", "status", "result"], rows);

  subheading("Role credentials (ReadOnlyAccess in Development), secrets redacted");
  check(credentials.secretAccessKey && credentials.sessionToken, "credentials come with a secret and a session token");
  table(
    ["field", "value"],
    [
      ["accessKeyId", credentials.accessKeyId],
      ["secretAccessKey", redact(credentials.secretAccessKey)],
      ["sessionToken", redact(credentials.sessionToken)],
      ["expiration", new Date(credentials.expiration).toISOString()],
    ],
  );
  return rows.length;
}
