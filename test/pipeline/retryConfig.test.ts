import { describe, expect, it } from "vitest";

import { ListAccountsCommand, type SSOClientConfig } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const harness = pipelineHarness();
const { clientFor, environment } = harness;

/** The `max` of amz-sdk-request and the retry mode letter in the user agent's metrics, as sent. */
const sentSettings = async (config: SSOClientConfig = {}) => {
  await clientFor(config).send(new ListAccountsCommand({ accessToken: "token" }));
  const request = harness.portal.requests.at(-1)!;
  const max = Number(/max=(\d+)/.exec(String(request.headers["amz-sdk-request"]))![1]);
  const metrics = /\bm\/([A-Za-z0-9+,-]*)/.exec(String(request.headers["user-agent"]))![1].split(",");
  return { max, retryMode: metrics.includes("F") ? "adaptive" : metrics.includes("E") ? "standard" : "none" };
};

describe("maxAttempts", () => {
  it("is 3 when nothing sets it", async () => {
    expect((await sentSettings()).max).toBe(3);
  });

  it("comes from AWS_MAX_ATTEMPTS", async () => {
    process.env.AWS_MAX_ATTEMPTS = "5";
    expect((await sentSettings()).max).toBe(5);
    harness.portal.queue({ status: 500 }, { status: 500 }, { status: 500 });
    const output = await clientFor().send(new ListAccountsCommand({ accessToken: "token" }));
    expect(output.$metadata.attempts).toBe(4);
  });

  it("comes from max_attempts in the shared config file's profile", async () => {
    environment.writeConfigFile("[default]\nmax_attempts = 2\n[profile ci]\nmax_attempts = 4\n");
    expect((await sentSettings()).max).toBe(2);
    process.env.AWS_PROFILE = "ci";
    expect((await sentSettings()).max).toBe(4);
    delete process.env.AWS_PROFILE;
    expect((await sentSettings({ profile: "ci" })).max).toBe(4);
  });

  it("prefers the code over the environment over the file", async () => {
    environment.writeConfigFile("[default]\nmax_attempts = 2\n");
    process.env.AWS_MAX_ATTEMPTS = "6";
    expect((await sentSettings()).max).toBe(6);
    expect((await sentSettings({ maxAttempts: 7 })).max).toBe(7);
  });

  it("skips an AWS_MAX_ATTEMPTS that is not a number, telling the logger at debug level", async () => {
    environment.writeConfigFile("[default]\nmax_attempts = 2\n");
    process.env.AWS_MAX_ATTEMPTS = "many";
    const debug: string[] = [];
    const logger = { debug: (line: string) => debug.push(line), info() {}, warn() {}, error() {} };
    expect((await sentSettings({ logger })).max).toBe(2);
    expect(debug.join("\n")).toMatch(/AWS_MAX_ATTEMPTS/);
  });
});

describe("retryMode", () => {
  it("is standard when nothing sets it", async () => {
    expect((await sentSettings()).retryMode).toBe("standard");
  });

  it("comes from AWS_RETRY_MODE", async () => {
    process.env.AWS_RETRY_MODE = "adaptive";
    expect((await sentSettings()).retryMode).toBe("adaptive");
  });

  it("comes from retry_mode in the shared config file", async () => {
    environment.writeConfigFile("[default]\nretry_mode = adaptive\n");
    expect((await sentSettings()).retryMode).toBe("adaptive");
  });

  it("prefers the code over the environment", async () => {
    process.env.AWS_RETRY_MODE = "adaptive";
    expect((await sentSettings({ retryMode: "standard" })).retryMode).toBe("standard");
  });
});
