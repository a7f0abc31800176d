// The sign-in flags of `client-sso-local-portal` and the banner that says how to use them.
import { afterAll, describe, expect, it } from "vitest";
import { type CliResult, runCli } from "../../../src/local-portal/index.js";
import { oidcErrorOf, pollDevice, post, register, startDevice } from "./helpers.js";

const started: CliResult[] = [];
afterAll(async () => {
  await Promise.all(started.flatMap((result) => (result.portal ? [result.portal.close()] : [])));
});

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const result = await runCli(argv, io);
  started.push(result);
  return { ...result, out: () => stdout, err: () => stderr };
}

describe("client-sso-local-portal sign-in", () => {
  it("prints the start URL, the region and the lines that point AWS tools at it", async () => {
    const { portal, out } = await cli("--port", "0");
    const endpoint = portal!.endpoint;
    const lines = out().split("\n");
    expect(lines).toContain(`start URL: ${endpoint}/start`);
    expect(lines).toContain("region: us-east-1");
    expect(lines).toContain(`  export AWS_ENDPOINT_URL_SSO=${endpoint}`);
    expect(lines).toContain(`  export AWS_ENDPOINT_URL_SSO_OIDC=${endpoint}`);
    expect(lines).toContain(`  sso_start_url = ${endpoint}/start`);
  });

  it("passes the sign-in knobs through", async () => {
    const { exitCode, portal, out, err } = await cli(
      "--start-url",
      "https://d-1111111111.awsapps.com/start",
      "--start-url",
      "https://d-2222222222.awsapps.com/start",
      "--region",
      "eu-west-1",
      "--auto-approve",
      "bob",
      "--token-lifetime",
      "600",
      "--refresh-lifetime",
      "1200",
      "--client-lifetime",
      "86400",
      "--device-code-lifetime",
      "300",
      "--device-code-interval",
      "2",
    );
    expect(err()).toBe("");
    expect(exitCode).toBe(0);
    expect(out()).toContain("start URL: https://d-1111111111.awsapps.com/start\nregion: eu-west-1\n");
    const client = await register(portal!);
    expect(client.clientSecretExpiresAt - client.clientIdIssuedAt).toBe(86400);
    const other = await post(portal!, "/device_authorization", {
      ...client,
      startUrl: "https://d-2222222222.awsapps.com/start",
    });
    expect(other.json).toMatchObject({ expiresIn: 300, interval: 2 });
    const granted = await pollDevice(portal!, client, other.json.deviceCode);
    expect(granted.json.expiresIn).toBe(600);
  });

  it("bad sign-in flags: exit 2 for a value out of range, 1 for an unknown auto-approve user", async () => {
    const nan = await cli("--token-lifetime", "soon");
    expect(nan.exitCode).toBe(2);
    expect(nan.err()).toMatch(/--token-lifetime must be a whole number from 1 to 31,536,000/);
    const nobody = await cli("--auto-approve", "mallory");
    expect(nobody.exitCode).toBe(1);
    expect(nobody.err()).toMatch(/no user "mallory"/);
    const zero = await cli("--device-code-lifetime", "0");
    expect(zero.exitCode).toBe(2);
    expect(zero.err()).toMatch(/--device-code-lifetime must be a whole number from 1 to 31,536,000/);
  });

  it("without --auto-approve a device waits for approval", async () => {
    const { portal } = await cli();
    const client = await register(portal!);
    const device = await startDevice(portal!, client);
    expect(oidcErrorOf(await pollDevice(portal!, client, device.deviceCode)).code).toBe(
      "AuthorizationPendingException",
    );
  });
});
