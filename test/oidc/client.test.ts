import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import {
  AuthorizationPendingException,
  CreateTokenCommand,
  InvalidClientException,
  InvalidGrantException,
  RegisterClientCommand,
  SlowDownException,
  SSOOIDCClient,
  SSOOIDCServiceException,
  StartDeviceAuthorizationCommand,
} from "../../src/oidc/index.js";
import { defaultEndpointResolver } from "../../src/oidc/endpoint/endpointResolver.js";

const DEVICE = "urn:ietf:params:oauth:grant-type:device_code";

let portal: LocalPortal;
let client: SSOOIDCClient;

beforeAll(async () => {
  portal = await createLocalPortal({ deviceCodeIntervalSeconds: 0 });
  client = new SSOOIDCClient({ region: "us-east-1", endpoint: portal.endpoint });
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

const register = () =>
  client.send(
    new RegisterClientCommand({
      clientName: "test",
      clientType: "public",
      scopes: ["sso:account:access"],
      grantTypes: [DEVICE, "refresh_token"],
    }),
  );

describe("SSOOIDCClient against the emulator", () => {
  it("signs in with the device flow: pending, approved, then refreshed", async () => {
    const registration = await register();
    expect(registration.clientId).toEqual(expect.any(String));
    expect(registration.clientSecretExpiresAt).toBeGreaterThan(Date.now() / 1000);
    const device = await client.send(
      new StartDeviceAuthorizationCommand({
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        startUrl: portal.startUrl,
      }),
    );
    expect(device.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(device.verificationUriComplete).toContain(portal.endpoint);
    const poll = () =>
      client.send(
        new CreateTokenCommand({
          clientId: registration.clientId,
          clientSecret: registration.clientSecret,
          grantType: DEVICE,
          deviceCode: device.deviceCode,
        }),
      );
    const pending = await poll().catch((error) => error);
    expect(pending).toBeInstanceOf(AuthorizationPendingException);
    expect(pending).toBeInstanceOf(SSOOIDCServiceException);
    expect(pending.error).toBe("authorization_pending");
    expect(pending.$metadata.httpStatusCode).toBe(400);

    portal.approveDevice(device.userCode!, "alice");
    const token = await poll();
    expect(token.tokenType).toBe("Bearer");
    expect(token.expiresIn).toBeGreaterThan(0);
    expect(token.accessToken).toEqual(expect.any(String));

    const refreshed = await client.send(
      new CreateTokenCommand({
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        grantType: "refresh_token",
        refreshToken: token.refreshToken,
      }),
    );
    expect(refreshed.accessToken).not.toBe(token.accessToken);
    // The old refresh token was rotated out.
    const reused = await client
      .send(
        new CreateTokenCommand({
          clientId: registration.clientId,
          clientSecret: registration.clientSecret,
          grantType: "refresh_token",
          refreshToken: token.refreshToken,
        }),
      )
      .catch((error) => error);
    expect(reused).toBeInstanceOf(InvalidGrantException);
  });

  it("polling faster than the interval is answered with SlowDownException", async () => {
    const slow = await createLocalPortal({ deviceCodeIntervalSeconds: 30 });
    const slowClient = new SSOOIDCClient({ region: "us-east-1", endpoint: slow.endpoint });
    try {
      const registration = await slowClient.send(new RegisterClientCommand({ clientName: "t", clientType: "public" }));
      const device = await slowClient.send(
        new StartDeviceAuthorizationCommand({
          clientId: registration.clientId,
          clientSecret: registration.clientSecret,
          startUrl: slow.startUrl,
        }),
      );
      const poll = () =>
        slowClient.send(
          new CreateTokenCommand({
            clientId: registration.clientId,
            clientSecret: registration.clientSecret,
            grantType: DEVICE,
            deviceCode: device.deviceCode,
          }),
        );
      const errors = [];
      for (let i = 0; i < 3; i++) errors.push(await poll().catch((e) => e));
      expect(errors[0]).toBeInstanceOf(AuthorizationPendingException);
      expect(errors.some((error) => error instanceof SlowDownException)).toBe(true);
    } finally {
      slowClient.destroy();
      await slow.close();
    }
  });

  it("a wrong client secret is InvalidClientException, and no secret reaches the message or the logs", async () => {
    const lines: string[] = [];
    const record = (...args: unknown[]) => lines.push(JSON.stringify(args));
    const logged = new SSOOIDCClient({
      region: "us-east-1",
      endpoint: portal.endpoint,
      logger: { debug: record, info: record, warn: record, error: record },
    });
    try {
      const registration = await logged.send(new RegisterClientCommand({ clientName: "t", clientType: "public" }));
      const error = await logged
        .send(
          new StartDeviceAuthorizationCommand({
            clientId: registration.clientId,
            clientSecret: "wrong-secret-value",
            startUrl: portal.startUrl,
          }),
        )
        .catch((e) => e);
      expect(error).toBeInstanceOf(InvalidClientException);
      expect(error.$fault).toBe("client");
      expect(String(error.message) + JSON.stringify(error)).not.toContain("wrong-secret-value");
      const text = lines.join("\n");
      expect(text).toContain("RegisterClientCommand");
      expect(text).not.toContain(registration.clientSecret!);
      expect(text).not.toContain("wrong-secret-value");
    } finally {
      logged.destroy();
    }
  });

  it("sends a JSON POST, unsigned, with the shared pipeline's headers", async () => {
    portal.clearRequestLog();
    await register();
    const [entry] = portal.requestLog.filter((e) => e.operation === "RegisterClient");
    expect(entry).toBeDefined();
    expect(entry.method).toBe("POST");
    expect(entry.path).toBe("/client/register");
    expect(entry.headers["content-type"]).toBe("application/json");
    expect(entry.headers.authorization).toBeUndefined();
    expect(entry.headers["user-agent"]).toMatch(/(^| )api\/sso-oidc#0\.1\.0( |$)/);
    expect(entry.headers["amz-sdk-invocation-id"]).toEqual(expect.any(String));
  });
});

describe("SSOOIDCClient endpoints", () => {
  it("resolves the model's rule set: regional, FIPS, dual-stack, other partitions", () => {
    const url = (params: object) =>
      defaultEndpointResolver({ UseFIPS: false, UseDualStack: false, ...params }).url.href;
    expect(url({ Region: "eu-west-1" })).toBe("https://oidc.eu-west-1.amazonaws.com/");
    expect(url({ Region: "us-east-1", UseFIPS: true })).toBe("https://oidc-fips.us-east-1.amazonaws.com/");
    expect(url({ Region: "us-gov-west-1", UseFIPS: true })).toBe("https://oidc.us-gov-west-1.amazonaws.com/");
    expect(url({ Region: "us-east-1", UseDualStack: true })).toBe("https://oidc.us-east-1.api.aws/");
    expect(url({ Region: "cn-north-1" })).toBe("https://oidc.cn-north-1.amazonaws.com.cn/");
    expect(() => url({})).toThrow("Invalid Configuration: Missing Region");
  });

  it("AWS_ENDPOINT_URL_SSO_OIDC sends the client to that endpoint, unless configured endpoints are ignored", async () => {
    const saved = { ...process.env };
    try {
      process.env.AWS_ENDPOINT_URL_SSO_OIDC = portal.endpoint;
      const fromEnv = new SSOOIDCClient({ region: "us-east-1" });
      const output = await fromEnv.send(new RegisterClientCommand({ clientName: "env", clientType: "public" }));
      expect(output.clientId).toEqual(expect.any(String));
      fromEnv.destroy();
      process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "true";
      const ignoring = new SSOOIDCClient({ region: "us-east-1" });
      const endpoint = await ignoring.config.endpoint?.();
      expect(endpoint).toBeUndefined();
      ignoring.destroy();
    } finally {
      process.env = saved;
    }
  });
});
