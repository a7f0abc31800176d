import { ListAccountsCommand as RefListAccountsCommand, SSOClient as RefSSOClient } from "@aws-sdk/client-sso";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, SSOClient, type SSOClientConfig } from "../../src/index.js";
import { useIsolatedAwsEnv } from "./support/awsEnv.js";

const env = useIsolatedAwsEnv();

interface Scenario {
  env?: Record<string, string>;
  config?: string;
  credentials?: string;
  options?: SSOClientConfig;
}

type AnyClient = {
  config: { region(): Promise<unknown>; useFipsEndpoint(): Promise<boolean>; useDualstackEndpoint(): Promise<boolean> };
  send(command: unknown): Promise<unknown>;
  destroy(): void;
};

const settle = async (get: () => Promise<unknown>) => {
  try {
    return await get();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

/** What one client makes of a scenario: its resolved settings and where ListAccounts went. */
const observe = async (makeClient: (options: object) => AnyClient, makeCommand: () => unknown, options: object) => {
  const seen: { protocol: string; hostname: string; port?: number; path: string }[] = [];
  const requestHandler = {
    handle: async (request: (typeof seen)[number]) => {
      seen.push(request);
      const body = Buffer.from("{}");
      return { response: { statusCode: 200, headers: { "content-type": "application/json" }, body } };
    },
  };
  const client = makeClient({ ...options, requestHandler, maxAttempts: 1 });
  const sent = await settle(() => client.send(makeCommand()));
  const request = seen[0];
  const result = {
    region: await settle(() => client.config.region()),
    fips: await settle(() => client.config.useFipsEndpoint()),
    dualStack: await settle(() => client.config.useDualstackEndpoint()),
    sentTo: request
      ? `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`
      : sent,
  };
  client.destroy();
  return result;
};

const ours = (options: object) =>
  observe(
    (o) => new SSOClient(o),
    () => new ListAccountsCommand({ accessToken: "t" }),
    options,
  );
const reference = (options: object) =>
  observe(
    (o) => new RefSSOClient(o),
    () => new RefListAccountsCommand({ accessToken: "t" }),
    options,
  );

const run = async (scenario: Scenario, who: typeof ours) => {
  if (scenario.env) env.set(scenario.env);
  // A fresh file path per client: the original caches file contents by path for the process.
  if (scenario.config !== undefined) env.config(scenario.config);
  if (scenario.credentials !== undefined) env.credentials(scenario.credentials);
  return who(scenario.options ?? {});
};

describe("region, FIPS and dual-stack settings match @aws-sdk/client-sso", () => {
  it.each<[string, Scenario]>([
    ["region option", { options: { region: "eu-west-1" } }],
    ["region provider", { options: { region: async () => "ap-southeast-7" } }],
    ["AWS_REGION", { env: { AWS_REGION: "ap-south-1" }, config: "[default]\nregion = eu-west-1\n" }],
    ["option over AWS_REGION", { env: { AWS_REGION: "ap-south-1" }, options: { region: "sa-east-1" } }],
    ["config [default]", { config: "[default]\nregion = eu-north-1\n" }],
    [
      "config [profile x] via AWS_PROFILE",
      { env: { AWS_PROFILE: "x" }, config: "[default]\nregion = eu-west-1\n[profile x]\nregion = me-south-1\n" },
    ],
    [
      "config [profile x] via the profile option",
      {
        env: { AWS_PROFILE: "y" },
        config: "[profile y]\nregion = eu-west-1\n[profile x]\nregion = me-south-1\n",
        options: { profile: "x" },
      },
    ],
    ["quoted profile name", { config: '[profile "x"]\nregion = af-south-1\n', options: { profile: "x" } }],
    [
      "[profile default] over [default]",
      { config: "[profile default]\nregion = eu-south-2\n[default]\nregion = us-east-2\n" },
    ],
    [
      "credentials file region over config file region",
      { config: "[default]\nregion = eu-west-1\n", credentials: "[default]\nregion = us-west-2\n" },
    ],
    [
      "comments and nested blocks",
      { config: "# c\n[default] ; c\ns3 =\n  region = eu-west-3\nregion = eu-south-1 # c\n" },
    ],
    ["a # without whitespace is part of the value", { config: "[default]\nregion = eu-south-1#x\n" }],
    ["quotes are part of the value", { config: '[default]\nregion = "eu-west-2"\n' }],
    ["keys are case-sensitive", { config: "[default]\nregion = eu-west-1\nREGION = eu-west-2\n" }],
    ["legacy FIPS region option", { options: { region: "fips-us-east-1", useFipsEndpoint: false } }],
    ["legacy FIPS region suffix", { options: { region: "us-gov-west-1-fips" } }],
    ["legacy FIPS region in AWS_REGION", { env: { AWS_REGION: "fips-eu-west-1" } }],
    ["legacy global FIPS regions", { options: { region: "fips-aws-global" } }],
    ["double FIPS marker", { options: { region: "fips-us-east-1-fips" } }],
    ["invalid region", { options: { region: "us east 1" } }],
    ["invalid region after the FIPS marker", { options: { region: "fips-" } }],
    ["empty AWS_REGION", { env: { AWS_REGION: "" }, config: "[default]\nregion = eu-west-1\n" }],
    [
      "AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT",
      { env: { AWS_REGION: "eu-west-1", AWS_USE_FIPS_ENDPOINT: "true", AWS_USE_DUALSTACK_ENDPOINT: "true" } },
    ],
    [
      "use_fips_endpoint / use_dualstack_endpoint",
      { config: "[default]\nregion = cn-north-1\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n" },
    ],
    [
      "environment flags over file flags",
      {
        env: { AWS_USE_FIPS_ENDPOINT: "false", AWS_USE_DUALSTACK_ENDPOINT: "true" },
        config: "[default]\nregion = us-east-1\nuse_fips_endpoint = true\nuse_dualstack_endpoint = false\n",
      },
    ],
    [
      "config file flags over credentials file flags",
      {
        config: "[default]\nregion = us-east-1\nuse_fips_endpoint = true\n",
        credentials: "[default]\nuse_fips_endpoint = false\nuse_dualstack_endpoint = true\n",
      },
    ],
    [
      "invalid flag values are skipped",
      {
        env: { AWS_REGION: "us-east-1", AWS_USE_FIPS_ENDPOINT: "TRUE", AWS_USE_DUALSTACK_ENDPOINT: "1" },
        config: "[default]\nuse_fips_endpoint = true\n",
      },
    ],
    [
      "option flags over everything",
      {
        env: { AWS_USE_FIPS_ENDPOINT: "true" },
        options: { region: "us-east-1", useFipsEndpoint: false, useDualstackEndpoint: true },
      },
    ],
    [
      "FIPS + custom endpoint",
      { options: { region: "us-east-1", useFipsEndpoint: true, endpoint: "https://x.example" } },
    ],
    [
      "dual-stack + custom endpoint",
      { options: { region: "us-east-1", useDualstackEndpoint: true, endpoint: "https://x.example" } },
    ],
    ["custom endpoint with base path", { options: { region: "us-east-1", endpoint: "https://x.example/prefix" } }],
    ["custom http endpoint with port", { options: { region: "us-east-1", endpoint: "http://127.0.0.1:8080" } }],
    [
      "custom Endpoint object",
      {
        options: {
          region: "us-east-1",
          endpoint: { protocol: "http:", hostname: "localhost", port: 8080, path: "/prefix" },
        },
      },
    ],
    ["custom endpoint provider", { options: { region: "us-east-1", endpoint: async () => "https://p.example/base" } }],
    // Profile names as the SDK's INI parser reads them.
    [
      "[profile  x] (two spaces) is not a profile",
      {
        env: { AWS_REGION: "us-east-1" },
        config: "[profile  x]\nuse_dualstack_endpoint = true\n",
        options: { profile: "x" },
      },
    ],
    [
      '[profile "my x"] (a space) is not a profile',
      {
        env: { AWS_REGION: "us-east-1" },
        config: '[profile "my x"]\nuse_dualstack_endpoint = true\n',
        options: { profile: "my x" },
      },
    ],
    ["[profile 'x'] in single quotes", { config: "[profile 'x']\nregion = af-south-1\n", options: { profile: "x" } }],
    [
      "[profile x@y.z+w:v/u%t]",
      { config: "[profile x@y.z+w:v/u%t]\nregion = af-south-1\n", options: { profile: "x@y.z+w:v/u%t" } },
    ],
    [
      "profiles named like Object.prototype keys",
      {
        env: { AWS_REGION: "us-east-1" },
        config: "[profile constructor]\nuse_dualstack_endpoint = true\n",
        options: { profile: "toString" },
      },
    ],
    [
      "a profile named constructor",
      { config: "[profile constructor]\nregion = af-south-1\n", options: { profile: "constructor" } },
    ],
    [
      "a repeated section adds to the first",
      { config: "[default]\nregion = eu-west-1\n[default]\nuse_fips_endpoint = true\n" },
    ],
    // Service-specific endpoints.
    [
      "AWS_ENDPOINT_URL_SSO",
      {
        env: {
          AWS_REGION: "us-east-1",
          AWS_ENDPOINT_URL_SSO: "https://sso.example/base",
          AWS_ENDPOINT_URL: "https://all.example",
        },
      },
    ],
    ["AWS_ENDPOINT_URL", { env: { AWS_REGION: "us-east-1", AWS_ENDPOINT_URL: "http://127.0.0.1:9999" } }],
    [
      "AWS_ENDPOINT_URL over the profile",
      {
        env: { AWS_ENDPOINT_URL: "https://env.example" },
        config: "[default]\nregion = us-east-1\nendpoint_url = https://file.example\n",
      },
    ],
    [
      "the profile's endpoint_url",
      { config: "[default]\nregion = us-east-1\nendpoint_url = https://file.example/p\n" },
    ],
    [
      "the profile's services section",
      {
        config:
          "[default]\nregion = us-east-1\nservices = dev\nendpoint_url = https://global.example\n[services dev]\nsso =\n  endpoint_url = https://sso-dev.example\ns3 =\n  endpoint_url = https://s3-dev.example\n",
      },
    ],
    [
      "a services section without sso: the profile's endpoint_url",
      {
        config:
          "[default]\nregion = us-east-1\nservices = dev\nendpoint_url = https://global.example\n[services dev]\ns3 =\n  endpoint_url = https://s3-dev.example\n",
      },
    ],
    [
      "a services section that does not exist",
      { config: "[default]\nregion = us-east-1\nservices = gone\nendpoint_url = https://global.example\n" },
    ],
    [
      "endpoint_url in the credentials file",
      { config: "[default]\nregion = us-east-1\n", credentials: "[default]\nendpoint_url = https://cred.example\n" },
    ],
    [
      "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true",
      {
        env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL_SSO: "https://sso.example" },
        config: "[default]\nregion = us-east-1\nendpoint_url = https://file.example\n",
      },
    ],
    [
      "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false over the file's true",
      {
        env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false" },
        config:
          "[default]\nregion = us-east-1\nignore_configured_endpoint_urls = true\nendpoint_url = https://file.example\n",
      },
    ],
    [
      "ignore_configured_endpoint_urls = true in the profile",
      {
        env: { AWS_ENDPOINT_URL: "https://env.example" },
        config: "[default]\nregion = us-east-1\nignore_configured_endpoint_urls = true\n",
      },
    ],
    [
      "an invalid AWS_IGNORE_CONFIGURED_ENDPOINT_URLS falls back to the file",
      {
        env: { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "yes", AWS_ENDPOINT_URL: "https://env.example" },
        config: "[default]\nregion = us-east-1\nignore_configured_endpoint_urls = true\n",
      },
    ],
    [
      "the endpoint option wins over AWS_ENDPOINT_URL_SSO",
      {
        env: { AWS_ENDPOINT_URL_SSO: "https://sso.example" },
        options: { region: "us-east-1", endpoint: "https://option.example" },
      },
    ],
    [
      "a configured endpoint with FIPS",
      { env: { AWS_ENDPOINT_URL_SSO: "https://sso.example" }, options: { region: "us-east-1", useFipsEndpoint: true } },
    ],
    [
      "a configured endpoint of another profile",
      {
        env: { AWS_PROFILE: "b" },
        config:
          "[default]\nregion = us-east-1\nendpoint_url = https://a.example\n[profile b]\nregion = us-east-1\nendpoint_url = https://b.example\n",
      },
    ],
  ])("%s", async (_name, scenario) => {
    const mine = await run(scenario, ours);
    const theirs = await run(scenario, reference);
    expect(mine).toEqual(theirs);
  });
});

// Where we differ on purpose (see the README): with no region anywhere, the original's region()
// throws "Region is missing" (and so do useFipsEndpoint() and every send). Here region() resolves
// undefined and a send fails with the rule set's own error, so a custom endpoint needs no region.
describe("deliberate differences", () => {
  it("no region at all", async () => {
    expect(await ours({})).toEqual({
      region: undefined,
      fips: false,
      dualStack: false,
      sentTo: "error: Invalid Configuration: Missing Region",
    });
    expect(await reference({})).toEqual({
      region: "error: Region is missing",
      fips: "error: Region is missing",
      dualStack: false,
      sentTo: "error: Region is missing",
    });
  });
});
