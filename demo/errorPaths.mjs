// What failures look like to a caller: typed errors with their HTTP status and attempt count,
// and a throttled call that the client's retry turns into a success.
import { GetRoleCredentialsCommand, ListAccountsCommand, LogoutCommand, SSOClient } from "client-sso";

import { ALICE, ALICE_EXPIRED_TOKEN, ALICE_TOKEN, AUDIT_ACCOUNT } from "./fixture.mjs";
import { check, describeError, heading, table } from "./format.mjs";

/** Below one request per second with no burst: every request is throttled until lifted. */
const THROTTLE_ALL = { requestsPerSecond: 0.001 };

/** Runs a call expected to fail and returns the error. */
async function failure(call) {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("demo check failed: the call was expected to fail");
}

/**
 * `throttles` lets the demo throttle a burst: once set to a count, that many answers are
 * throttled and then the limit is lifted (see the portal's `onRequest` in demo.mjs).
 */
export async function showErrorPaths(portal, throttles) {
  heading("4. Error paths");
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint });
  const rows = [];
  try {
    const expired = await failure(() => client.send(new ListAccountsCommand({ accessToken: ALICE_EXPIRED_TOKEN })));
    check(expired.name === "UnauthorizedException", `an expired token gave ${expired.name}`);
    rows.push(["expired access token", describeError(expired)]);

    const token = portal.issueToken(ALICE);
    await client.send(new LogoutCommand({ accessToken: token }));
    const loggedOut = await failure(() => client.send(new ListAccountsCommand({ accessToken: token })));
    check(loggedOut.name === "UnauthorizedException", `a logged-out token gave ${loggedOut.name}`);
    rows.push(["token after Logout", describeError(loggedOut)]);

    const notAssigned = await failure(() =>
      client.send(
        new GetRoleCredentialsCommand({
          accessToken: ALICE_TOKEN,
          accountId: AUDIT_ACCOUNT,
          roleName: "SecurityAudit",
        }),
      ),
    );
    rows.push(["role not assigned to the user", describeError(notAssigned)]);

    throttles.remaining = 1;
    portal.setFaults({ throttle: THROTTLE_ALL });
    const retried = await client.send(new ListAccountsCommand({ accessToken: ALICE_TOKEN }));
    const { attempts, totalRetryDelay } = retried.$metadata;
    check(attempts === 2, `the throttled call took ${attempts} attempts`);
    rows.push([
      "throttled once (429), then retried",
      `ok: ${retried.accountList.length} accounts  httpStatusCode=${retried.$metadata.httpStatusCode}  attempts=${attempts}  retry delay=${totalRetryDelay} ms`,
    ]);

    const patient = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 2 });
    try {
      portal.setFaults({ throttle: THROTTLE_ALL });
      const throttled = await failure(() => patient.send(new ListAccountsCommand({ accessToken: ALICE_TOKEN })));
      check(throttled.name === "TooManyRequestsException", `persistent throttling gave ${throttled.name}`);
      rows.push(["throttled throughout, maxAttempts: 2", describeError(throttled)]);
    } finally {
      portal.setFaults({ throttle: undefined });
      patient.destroy();
    }
  } finally {
    client.destroy();
  }
  table(["situation", "what the caller gets"], rows);
  return rows.length;
}
