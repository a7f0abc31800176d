// The device flow's polling against the emulator, with the waits recorded instead of slept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { deviceFlow } from "../../src/cli/signin/deviceFlow.js";
import { DEVICE_GRANTS } from "../../src/cli/signin/registration.js";
import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { RegisterClientCommand, SSOOIDCClient } from "../../src/oidc/index.js";

let portal: LocalPortal;
let client: SSOOIDCClient;
beforeAll(async () => {
  portal = await createLocalPortal({ deviceCodeIntervalSeconds: 1 });
  client = new SSOOIDCClient({ region: "us-east-1", endpoint: portal.endpoint });
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

describe("device flow polling", () => {
  it("polls at the interval, waits 5 s longer after each slow_down, and returns the token once approved", async () => {
    const output = await client.send(
      new RegisterClientCommand({ clientName: "t", clientType: "public", grantTypes: DEVICE_GRANTS }),
    );
    const registration = {
      clientId: output.clientId!,
      clientSecret: output.clientSecret!,
      expiresAt: new Date(output.clientSecretExpiresAt! * 1000),
    };
    let userCode = "";
    const waits: number[] = [];
    const token = await deviceFlow({
      client,
      registration,
      startUrl: portal.startUrl,
      stderr: { write: (text: string) => (userCode ||= /code: (\S+)/.exec(text)?.[1] ?? "") },
      open: undefined,
      secrets: [],
      // No real waiting: every poll comes too early for the portal. Approve after the first slow_down.
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 5) portal.approveDevice(userCode, "alice");
      },
    });
    expect(token.accessToken).toEqual(expect.any(String));
    const errors = portal.requestLog
      .filter((entry) => entry.operation === "CreateToken")
      .map((entry) => entry.errorType);
    expect(errors).toEqual([
      "AuthorizationPendingException",
      "AuthorizationPendingException",
      "SlowDownException",
      "SlowDownException",
      undefined,
    ]);
    expect(waits).toEqual([1000, 1000, 1000, 6000, 11000]);
  });
});
