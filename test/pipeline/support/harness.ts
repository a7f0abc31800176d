import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";

import { SSOClient, type SSOClientConfig } from "../../../src/index.js";
import { isolatedEnvironment } from "./environment.js";
import { type FaultServer, startFaultServer } from "./faultServer.js";

/**
 * What every pipeline test file shares: one fault server for the file, an isolated environment
 * per test, and clients (pointed at the server) that are destroyed after each test.
 */
export const pipelineHarness = () => {
  const environment = isolatedEnvironment();
  const clients: SSOClient[] = [];
  const harness = {
    portal: undefined as unknown as FaultServer,
    environment,
    clientFor(config: SSOClientConfig = {}) {
      const client = new SSOClient({ region: "us-east-1", endpoint: harness.portal.endpoint, ...config });
      clients.push(client);
      return client;
    },
  };
  beforeAll(async () => {
    harness.portal = await startFaultServer();
  });
  beforeEach(() => environment.setUp());
  afterEach(() => {
    environment.tearDown();
    harness.portal.reset();
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => harness.portal.close());
  return harness;
};
