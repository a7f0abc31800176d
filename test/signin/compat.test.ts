// Our token cache and credential_process output, read and written by the other tools that share
// them: botocore/boto3 (this machine's python3) and the AWS SDK for JavaScript's fromSSO.
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromSSO as sdkFromSSO } from "@aws-sdk/credential-providers";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/nested-clients/sts";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { fromSSO } from "../../src/credentials/index.js";
import { createLocalPortal, type LocalPortal } from "../../src/local-portal/index.js";
import { startCapturingServer } from "../support/capturingServer.js";
import { ACCOUNT, run, SigninHome } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../dist-cjs/cli/bin.js", import.meta.url));

const python = (script: string, env: Record<string, string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      "python3",
      ["-c", script],
      { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

/** Fails with the reason when python3 or boto3 is missing, rather than passing without checking. */
async function requireBoto3(): Promise<void> {
  const probe = await python("import boto3, botocore; print(botocore.__version__)", {});
  if (probe.code !== 0)
    throw new Error(`this test needs python3 with boto3 (pip install boto3); the probe failed: ${probe.stderr.trim()}`);
}

const BOTO3_CREDENTIALS = `
import json, boto3
c = boto3.Session(profile_name=__import__("sys").argv[1] if len(__import__("sys").argv) > 1 else "dev").get_credentials().get_frozen_credentials()
print(json.dumps({"AccessKeyId": c.access_key, "SecretAccessKey": c.secret_key, "SessionToken": c.token}))
`;

let portal: LocalPortal;
let home: SigninHome;

beforeAll(async () => {
  portal = await createLocalPortal({ autoApprove: "alice", deviceCodeIntervalSeconds: 0 });
});
afterAll(() => portal.close());
beforeEach(async () => {
  home = new SigninHome(
    portal,
    `\n[profile proc]\ncredential_process = ${process.execPath} ${BIN} credentials --profile dev\n`,
  );
  const login = await run(["login", "--profile", "dev", "--use-device-code", "--no-browser"], home.env);
  if (login.code !== 0) throw new Error(`login failed: ${login.err}`);
  portal.clearRequestLog();
});
afterEach(() => home.remove());

const operations = () => portal.requestLog.map((entry) => entry.operation).filter(Boolean);

describe("botocore and boto3", () => {
  it("botocore's SSO provider accepts the cache our login wrote", async () => {
    await requireBoto3();
    const token = home.readToken();
    const result = await python(BOTO3_CREDENTIALS, home.env);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).AccessKeyId).toEqual(expect.any(String));
    const calls = portal.requestLog.filter((entry) => entry.operation === "GetRoleCredentials");
    expect(calls.map((entry) => entry.accessToken)).toEqual([token.accessToken]);
    expect(operations()).not.toContain("CreateToken");
  });

  it("botocore refreshes our expired token with our registration, and we read the file it wrote", async () => {
    await requireBoto3();
    const old = home.readToken();
    home.writeToken({ ...old, expiresAt: "2020-01-01T00:00:00Z" });
    const result = await python(BOTO3_CREDENTIALS, home.env);
    expect(result.stderr).toBe("");
    expect(operations()).toEqual(["CreateToken", "GetRoleCredentials"]);
    const written = home.readToken();
    expect(written.accessToken).not.toBe(old.accessToken);

    portal.clearRequestLog();
    const ours = await fromSSO({ profile: "dev", env: home.env, clientConfig: { endpoint: portal.endpoint } })();
    expect(ours.accountId).toBe(ACCOUNT);
    // botocore's token was fresh: no refresh from us, and it is the token we sent.
    expect(operations()).toEqual(["GetRoleCredentials"]);
    expect(portal.requestLog[0].accessToken).toBe(written.accessToken);
  });

  it("boto3 accepts `client-sso credentials` as a credential_process", async () => {
    await requireBoto3();
    if (!existsSync(BIN))
      throw new Error(`this test runs the built CLI: run "npm run build" first (${BIN} is missing)`);
    const result = await python(BOTO3_CREDENTIALS.replace('"dev"', '"proc"'), home.env);
    expect(result.stderr).toBe("");
    const fromBoto3 = JSON.parse(result.stdout);
    const direct = JSON.parse((await run(["credentials", "--profile", "dev"], home.env)).out);
    expect(fromBoto3).toEqual({
      AccessKeyId: direct.AccessKeyId,
      SecretAccessKey: direct.SecretAccessKey,
      SessionToken: direct.SessionToken,
    });
  });
});

describe("@aws-sdk/credential-providers fromSSO", () => {
  const withEnv = async <T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    delete process.env.AWS_PROFILE;
    try {
      return await work();
    } finally {
      process.env = saved;
    }
  };

  it("accepts the cache our login wrote", async () => {
    const token = home.readToken();
    const credentials = await withEnv(home.env, () => sdkFromSSO({ profile: "dev" })());
    expect(credentials.accessKeyId).toEqual(expect.any(String));
    expect(credentials.expiration!.getTime()).toBeGreaterThan(Date.now());
    expect(portal.requestLog.filter((e) => e.operation === "GetRoleCredentials").map((e) => e.accessToken)).toEqual([
      token.accessToken,
    ]);
  });

  it("refreshes our expired token, and we read the file it wrote", async () => {
    const old = home.readToken();
    home.writeToken({ ...old, expiresAt: "2020-01-01T00:00:00Z" });
    await withEnv(home.env, () => sdkFromSSO({ profile: "dev" })());
    expect(operations()).toEqual(["CreateToken", "GetRoleCredentials"]);
    const written = home.readToken();
    expect(written.accessToken).not.toBe(old.accessToken);
    portal.clearRequestLog();
    const ours = await run(["credentials", "--profile", "dev"], home.env);
    expect(ours.code).toBe(0);
    expect(operations()).toEqual(["GetRoleCredentials"]);
    expect(portal.requestLog[0].accessToken).toBe(written.accessToken);
  });
});

describe("fromSSO", () => {
  it("signs an AWS SDK v3 client's requests as `credentials`", async () => {
    const sts = await startCapturingServer();
    sts.respondWith((_request, res) => {
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(
        `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIANEXT</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${ACCOUNT}:assumed-role/Next/s</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>`,
      );
    });
    const credentials = fromSSO({ profile: "dev", env: home.env, clientConfig: { endpoint: portal.endpoint } });
    const client = new STSClient({ region: "us-east-1", endpoint: sts.endpoint, credentials });
    try {
      const assumed = await client.send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/Next`, RoleSessionName: "s" }),
      );
      expect(assumed.Credentials?.AccessKeyId).toBe("ASIANEXT");
      const { accessKeyId, sessionToken } = await credentials();
      const [request] = sts.requests;
      expect(request.headers.authorization).toMatch(
        new RegExp(`^AWS4-HMAC-SHA256 Credential=${accessKeyId}/\\d{8}/us-east-1/sts/aws4_request`),
      );
      expect(request.headers["x-amz-security-token"]).toBe(sessionToken);
    } finally {
      client.destroy();
      await sts.close();
    }
  });

  it("an AwsCredentialIdentityProvider, memoized until shortly before expiry; endpoints and refresh from the environment", async () => {
    // The token is due: fromSSO refreshes it through AWS_ENDPOINT_URL_SSO_OIDC, then calls AWS_ENDPOINT_URL_SSO.
    home.writeToken({ ...home.readToken(), expiresAt: "2020-01-01T00:00:00Z" });
    const provider = fromSSO({ profile: "dev", env: home.env });
    const first = await provider();
    expect(Object.keys(first).sort()).toEqual([
      "accessKeyId",
      "accountId",
      "expiration",
      "secretAccessKey",
      "sessionToken",
    ]);
    expect(first.expiration).toBeInstanceOf(Date);
    const [second, third] = await Promise.all([provider(), provider()]);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(operations()).toEqual(["CreateToken", "GetRoleCredentials"]);
  });

  it("reads a cache file written the way older AWS CLIs did (expiresAt ending in UTC)", async () => {
    const token = home.readToken();
    writeFileSync(
      home.tokenFile,
      JSON.stringify({
        startUrl: token.startUrl,
        region: "us-east-1",
        accessToken: token.accessToken,
        expiresAt: "2099-01-01T00:00:00UTC",
      }),
    );
    const credentials = await fromSSO({ profile: "dev", env: home.env })();
    expect(credentials.accessKeyId).toEqual(expect.any(String));
  });

  it("fails with clear, token-free errors", async () => {
    const token = home.readToken();
    const failure = (init: Parameters<typeof fromSSO>[0]) =>
      fromSSO({ env: home.env, clientConfig: { endpoint: portal.endpoint }, ...init })().catch((e) => e);
    const plain = await failure({ profile: "plain" });
    expect(plain.name).toBe("CredentialsProviderError");
    expect(plain.message).toContain('profile "plain"');
    expect(plain.tryNextLink).toBe(true);
    home.writeToken({ ...token, expiresAt: "2020-01-01T00:00:00Z", refreshToken: "" });
    const expired = await failure({ profile: "dev" });
    expect(expired.message).toMatch(/expired at .* cannot be refreshed; run "client-sso login --profile dev"/);
    expect(JSON.stringify(expired) + expired.message).not.toContain(token.accessToken);
    expect(expired.message).not.toContain(token.clientSecret);
  });
});
