// The browser build: bundlers swap runtimeConfig for runtimeConfig.browser (package.json
// "browser" field); the same swap here runs the browser runtime (fetch handler) under Node.js.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { ListAccountsCommand, SSOClient, type SSOClientConfig } from "../../src/index.js";
import { getRuntimeConfig as getNativeRuntimeConfig } from "../../src/runtimeConfig.native.js";
import { isolatedEnvironment } from "./support/environment.js";
import { type FaultServer, startFaultServer } from "./support/faultServer.js";

vi.mock("../../src/runtimeConfig.js", () => import("../../src/runtimeConfig.browser.js"));

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

let portal: FaultServer;
const environment = isolatedEnvironment();
const clients: SSOClient[] = [];

const clientFor = (config: SSOClientConfig = {}) => {
  const client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, ...config });
  clients.push(client);
  return client;
};

/** Pretends to be a browser page with this navigator. */
const inBrowser = (navigator: Record<string, unknown>) => {
  (globalThis as { window?: unknown }).window = { navigator };
};

beforeAll(async () => {
  portal = await startFaultServer();
});
beforeEach(() => environment.setUp());
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  environment.tearDown();
  portal.reset();
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(() => portal.close());

describe("in a browser", () => {
  it("sends the whole user agent in x-amz-user-agent (browsers forbid setting user-agent)", async () => {
    inBrowser({ userAgent: IPHONE });
    const client = clientFor({ userAgentAppId: "web-app" });
    expect(client.config.runtime).toBe("browser");
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    const { headers } = portal.requests[0];
    expect(headers["x-amz-user-agent"]).toMatch(
      /^client-sso\/\d+\.\d+\.\d+[^ ]* ua\/2\.1 os\/iOS lang\/js md\/browser#Safari_unknown api\/sso#[^ ]+ m\/N,E app\/web-app$/,
    );
    expect(String(headers["user-agent"])).not.toContain("client-sso");
  });

  it("names the OS and browser from client hints when the browser gives them", async () => {
    inBrowser({
      userAgent: "Mozilla/5.0",
      userAgentData: {
        platform: "Windows",
        brands: [
          { brand: "Not A Brand", version: "99" },
          { brand: "Chromium", version: "124" },
        ],
      },
    });
    await clientFor().send(new ListAccountsCommand({ accessToken: "token" }));
    expect(portal.requests[0].headers["x-amz-user-agent"]).toMatch(/ os\/Windows lang\/js md\/browser#Chromium_124 /);
  });

  it("retries as on Node.js, with the same headers", async () => {
    portal.queue({ status: 503 });
    const output = await clientFor().send(new ListAccountsCommand({ accessToken: "token" }));
    expect(output.$metadata.attempts).toBe(2);
    expect(portal.requests.map((request) => request.headers["amz-sdk-request"])).toEqual([
      "attempt=1; max=3",
      "attempt=2; max=3",
    ]);
  });

  it("defaultsMode auto is mobile on a touch device or a slow connection, else standard", async () => {
    inBrowser({ userAgent: IPHONE, maxTouchPoints: 5 });
    expect(await (clientFor({ defaultsMode: "auto" }).config.defaultsMode as () => Promise<string>)()).toBe("mobile");
    inBrowser({ userAgent: "Mozilla/5.0", connection: { effectiveType: "3g" } });
    expect(await (clientFor({ defaultsMode: "auto" }).config.defaultsMode as () => Promise<string>)()).toBe("mobile");
    inBrowser({
      userAgent: "Mozilla/5.0",
      connection: { effectiveType: "4g", rtt: 50, downlink: 20 },
      maxTouchPoints: 0,
    });
    expect(await (clientFor({ defaultsMode: "auto" }).config.defaultsMode as () => Promise<string>)()).toBe("standard");
  });

  it("reads no environment variables", async () => {
    process.env.AWS_MAX_ATTEMPTS = "7";
    process.env.AWS_SDK_UA_APP_ID = "from-env";
    await clientFor().send(new ListAccountsCommand({ accessToken: "token" }));
    expect(portal.requests[0].headers["amz-sdk-request"]).toBe("attempt=1; max=3");
    expect(portal.requests[0].headers["x-amz-user-agent"]).not.toContain("app/");
  });
});

describe("in React Native", () => {
  it("has its own user agent sections and auto is always mobile", async () => {
    const config = getNativeRuntimeConfig({ defaultsMode: "auto" });
    expect(config.runtime).toBe("react-native");
    const sections = await config.defaultUserAgentProvider();
    expect(sections.slice(1)).toEqual([
      ["ua", "2.1"],
      ["os/other"],
      ["lang/js"],
      ["md/rn"],
      ["api/SSO", sections[0][1]],
    ]);
    expect(await config.defaultsMode()).toBe("mobile");
  });
});
