// The clone against the original: every scenario goes through our SSOClient and through
// @aws-sdk/client-sso (pinned devDependency) against one scripted loopback server, with the same
// region, endpoint and maxAttempts. The requests must be the same on the wire (method, path, raw
// query, every header but the user agent and the per-call invocation id), and so must what each
// client returns or throws (output, or error class, name, $fault, message, members and $metadata)
// and what it logs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { observe, type Observation } from "./harness.js";
import { SCENARIOS } from "./scenarios.js";
import { startScriptedServer, type ScriptedServer } from "./server.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: ScriptedServer;
const matched: string[] = [];

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
});

/** One call = one invocation id, a UUID, repeated on each of its attempts. */
const expectOneInvocationId = (observation: Observation) => {
  const ids = new Set(observation.invocationIds);
  if (observation.requests.length === 0) return;
  expect(ids.size).toBe(1);
  expect([...ids][0]).toMatch(UUID);
};

describe("same wire traffic and results as @aws-sdk/client-sso", () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", async (_name, scenario) => {
    const ours = await observe("ours", scenario, server);
    const reference = await observe("reference", scenario, server);

    expect(ours.requests).toEqual(reference.requests);
    expect(ours.outcome).toEqual(reference.outcome);
    // The logger hears the same: one info or error entry, sensitive members filtered alike.
    expect(ours.logged).toEqual(reference.logged);
    expect(ours.logged).toHaveLength(1);

    // Both clients number their attempts and keep one invocation id per call.
    expectOneInvocationId(ours);
    expectOneInvocationId(reference);
    const metadata = (ours.outcome.ok ? ours.outcome.output.$metadata : ours.outcome.$metadata) as { attempts: number };
    // Every attempt reached the server, unless the request could not even be built (lone surrogate).
    if (ours.requests.length > 0) expect(ours.requests.length).toBe(metadata.attempts);
    ours.requests.forEach((request, index) => {
      expect(request.headers["amz-sdk-request"]).toBe(`attempt=${index + 1}; max=${scenario.maxAttempts ?? 3}`);
    });
    matched.push(scenario.name);
  });

  it("covers at least 40 scenarios, all matched", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(matched).toHaveLength(SCENARIOS.length);
    console.log(
      `conformance: ${matched.length} of ${SCENARIOS.length} scenarios matched @aws-sdk/client-sso on the wire, in results and in logs`,
    );
  });
});
