import type { HttpRequest } from "@smithy/protocol-http";
import type {
  HttpHandlerOptions,
  Provider,
  RetryErrorInfo,
  RetryStrategy,
  RetryStrategyV2,
  RetryToken,
} from "@smithy/types";
import { describe, expect, it } from "vitest";

import { ListAccountsCommand, SSOClient, type SSOExtensionConfiguration } from "../../src/index.js";
import { pipelineHarness } from "./support/harness.js";

const harness = pipelineHarness();
const { clientFor } = harness;
const listAccounts = (client: SSOClient) => client.send(new ListAccountsCommand({ accessToken: "token" }));
const extension = (configure: (configuration: SSOExtensionConfiguration) => void) => ({ configure });

describe("extensions: configure(config)", () => {
  it("can read the region and replace it; requests then go to the new region", async () => {
    let regionSeen: string | Provider<string> | undefined;
    const client = clientFor({
      endpoint: undefined,
      // Stands in for the rule set: the region ends up in the path of the loopback harness.portal.
      endpointProvider: (params) => ({ url: new URL(`${harness.portal.endpoint}/${params.Region}`) }),
      extensions: [
        extension((configuration) => (regionSeen = configuration.region())),
        extension((configuration) => configuration.setRegion("eu-west-1")),
      ],
    });
    await listAccounts(client);
    expect(typeof regionSeen === "function" ? await regionSeen() : regionSeen).toBe("us-east-1");
    expect(await client.config.region()).toBe("eu-west-1");
    expect(harness.portal.requests[0].path).toBe("/eu-west-1/assignment/accounts");
  });

  it("can read the retry strategy and replace it", async () => {
    let originalStrategy: Provider<RetryStrategy | RetryStrategyV2> | undefined;
    const upToFiveAttempts: RetryStrategyV2 = {
      acquireInitialRetryToken: async () => token(0),
      refreshRetryTokenForRetry: async (previous: RetryToken, { error }: RetryErrorInfo) => {
        if (previous.getRetryCount() >= 4) throw error;
        return token(previous.getRetryCount() + 1);
      },
      recordSuccess: () => {},
    };
    const token = (retries: number): RetryToken => ({ getRetryCount: () => retries, getRetryDelay: () => 0 });
    const client = clientFor({
      extensions: [
        extension((configuration) => {
          originalStrategy = configuration.retryStrategy();
          configuration.setRetryStrategy(async () => upToFiveAttempts);
        }),
      ],
    });
    // Five attempts, where the default would stop at three: the replacement is in charge.
    harness.portal.queue({ status: 400 }, { status: 400 }, { status: 400 }, { status: 400 });
    const output = await listAccounts(client);
    expect(output.$metadata.attempts).toBe(5);
    expect(await originalStrategy!()).toMatchObject({ mode: "standard" });
  });

  it("can read the HTTP handler and replace it", async () => {
    const handled: string[] = [];
    const client = clientFor({
      extensions: [
        extension((configuration) => {
          const inner = configuration.httpHandler();
          configuration.setHttpHandler({
            handle: (request: HttpRequest, options?: HttpHandlerOptions) => {
              handled.push(request.path);
              return inner.handle(request, options);
            },
            updateHttpClientConfig: (key: never, value: never) => inner.updateHttpClientConfig(key, value),
            httpHandlerConfigs: () => inner.httpHandlerConfigs(),
          });
        }),
      ],
    });
    await listAccounts(client);
    expect(handled).toEqual(["/assignment/accounts"]);
    expect(harness.portal.requests).toHaveLength(1);
  });

  it("can change the HTTP handler's settings: a socket timeout then applies", async () => {
    const client = clientFor({
      maxAttempts: 1,
      extensions: [
        extension((configuration) => configuration.updateHttpClientConfig("socketTimeout" as never, 150 as never)),
      ],
    });
    harness.portal.queue({ hang: true });
    await expect(listAccounts(client)).rejects.toMatchObject({ name: "TimeoutError" });
  });
});
