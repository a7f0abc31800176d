// Where the clone differs from @aws-sdk/client-sso on purpose. Each test sends the same call
// through both clients and asserts OUR behaviour exactly, and the reference's as it is today, so
// that the README's table of differences stays true (a reference upgrade that changes its side
// shows up here).
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_STRING_MEMBER_BYTES } from "../../src/protocols/validate.js";
import { observe, type Operation, type Scenario } from "./harness.js";
import { ACCESS_TOKEN } from "./scenarios.js";
import { htmlPage, reply, startScriptedServer, type ScriptedServer, type Step } from "./server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
});

const scenario = (
  operation: Operation,
  input: Record<string, unknown>,
  steps: Step[] = [reply(200, {})],
): Scenario => ({
  name: operation,
  operation,
  input,
  steps,
});
const both = async (s: Scenario) => ({
  ours: await observe("ours", s, server),
  reference: await observe("reference", s, server),
});

describe("difference 1: invalid input is rejected before anything is sent", () => {
  // Why: the reference serializes whatever it is given — an absent required member is simply left
  // out (an empty token header, no account_id), a number is stringified — and the service answers
  // with a 400/401 after a round trip (and retries). We fail at once, with a ValidationError that
  // names the member and the shape and never echoes a value.
  const cases: [string, Operation, Record<string, unknown>, string][] = [
    ["missing accessToken", "ListAccounts", {}, "accessToken"],
    ["missing accessToken (Logout)", "Logout", {}, "accessToken"],
    ["missing accountId", "GetRoleCredentials", { accessToken: ACCESS_TOKEN, roleName: "ReadOnly" }, "accountId"],
    ["missing roleName", "GetRoleCredentials", { accessToken: ACCESS_TOKEN, accountId: "111122223333" }, "roleName"],
    ["missing accountId (ListAccountRoles)", "ListAccountRoles", { accessToken: ACCESS_TOKEN }, "accountId"],
    [
      "a number where a string is modeled",
      "ListAccountRoles",
      { accessToken: ACCESS_TOKEN, accountId: 111122223333 },
      "accountId",
    ],
    ["a number as the access token", "ListAccounts", { accessToken: 12345 }, "accessToken"],
    [
      "a string where an integer is modeled",
      "ListAccounts",
      { accessToken: ACCESS_TOKEN, maxResults: "10" },
      "maxResults",
    ],
    [
      "a fraction where an integer is modeled",
      "ListAccounts",
      { accessToken: ACCESS_TOKEN, maxResults: 1.5 },
      "maxResults",
    ],
  ];

  it.each(cases)(
    "%s: ours throws a ValidationError, the reference sends the request",
    async (_label, operation, input, member) => {
      const { ours, reference } = await both(scenario(operation, input));
      expect(ours.requests).toHaveLength(0);
      expect(ours.outcome).toMatchObject({ ok: false, name: "ValidationError" });
      expect(ours.outcome.ok || ours.outcome.message).toContain(`'${member}'`);
      expect(reference.requests).toHaveLength(1);
      expect(reference.outcome.ok).toBe(true);
    },
  );

  it.each([
    ["CR/LF", `${ACCESS_TOKEN}\r\nx-injected: 1`],
    ["a character outside Latin-1", `${ACCESS_TOKEN}€`],
  ])(
    "%s in accessToken: ours a ValidationError, the reference Node's ERR_INVALID_CHAR",
    async (_label, accessToken) => {
      // Why: ours fails in the serializer with an error that says which member and why; the reference
      // leaves it to node:http, whose TypeError names only the wire header.
      const { ours, reference } = await both(scenario("ListAccounts", { accessToken }));
      expect(ours.requests).toHaveLength(0);
      expect(ours.outcome).toMatchObject({ ok: false, name: "ValidationError", kind: "Error" });
      expect(ours.outcome.ok || ours.outcome.message).toMatch(
        /'accessToken' in ListAccountsRequest contains characters/,
      );
      expect(reference.requests).toHaveLength(0);
      expect(reference.outcome).toMatchObject({ ok: false, name: "TypeError", members: { code: "ERR_INVALID_CHAR" } });
      for (const { outcome } of [ours, reference]) expect(JSON.stringify(outcome)).not.toContain(ACCESS_TOKEN);
    },
  );

  it.each([
    ["accessToken", "ListAccounts", { accessToken: "t".repeat(20_000) }],
    ["nextToken", "ListAccounts", { accessToken: ACCESS_TOKEN, nextToken: "n".repeat(100_000) }],
    ["roleName", "GetRoleCredentials", { accessToken: ACCESS_TOKEN, accountId: "1", roleName: "é".repeat(4097) }],
  ] as const)("a %s over 8 KiB: ours a ValidationError, the reference sends it", async (member, operation, input) => {
    // Why: a member that long cannot pass the front ends in use (CloudFront's 8,192-byte URL, the
    // 8 KiB request line and header field of nginx and Apache); this loopback server (Node, 16 KiB
    // of headers) answers the reference with 431 Request Header Fields Too Large.
    const { ours, reference } = await both(scenario(operation, input));
    expect(ours.requests).toHaveLength(0);
    expect(ours.outcome).toMatchObject({ ok: false, name: "ValidationError" });
    expect(ours.outcome.ok || ours.outcome.message).toContain(`'${member}'`);
    expect(ours.outcome.ok || ours.outcome.message).toContain("8192 bytes");
    expect(reference.outcome).toMatchObject({ ok: false, $metadata: { httpStatusCode: 431 } });
  });

  it("the limit: 8,192 bytes are sent by both, one byte more only by the reference", async () => {
    const atLimit = await both(
      scenario("ListAccounts", { accessToken: ACCESS_TOKEN, nextToken: "n".repeat(MAX_STRING_MEMBER_BYTES) }),
    );
    expect(atLimit.ours.requests).toEqual(atLimit.reference.requests);
    expect(atLimit.ours.outcome).toEqual(atLimit.reference.outcome);
    expect(atLimit.ours.outcome.ok).toBe(true);
    const over = await both(
      scenario("ListAccounts", { accessToken: ACCESS_TOKEN, nextToken: "n".repeat(MAX_STRING_MEMBER_BYTES + 1) }),
    );
    expect(over.ours.requests).toHaveLength(0);
    expect(over.ours.outcome).toMatchObject({ ok: false, name: "ValidationError" });
    expect(over.reference.outcome.ok).toBe(true);
  });
});

describe("difference 2: an error answer without a JSON body is still the service's error", () => {
  // Why: a proxy or load balancer in front of the service answers with HTML. The reference tries to
  // parse it as JSON and throws a SyntaxError (with $metadata); ours reads the status and headers
  // and throws an SSOServiceException — "Unknown" with $fault from the status, or the modeled class
  // an x-amzn-errortype header names — so `instanceof SSOServiceException` holds for every answer.
  it("HTML 502: ours SSOServiceException 'Unknown' (server fault), the reference a SyntaxError; both retry 3 times", async () => {
    const { ours, reference } = await both(scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [htmlPage(502)]));
    expect(ours.requests).toEqual(reference.requests);
    expect(ours.requests).toHaveLength(3);
    expect(ours.outcome).toEqual({
      ok: false,
      kind: "SSOServiceException",
      name: "Unknown",
      $fault: "server",
      message: "HTTP 502 answer with a body that is not JSON (content-type text/html)",
      $metadata: { httpStatusCode: 502, attempts: 3, totalRetryDelay: "after retries" },
      members: {},
    });
    expect(reference.outcome).toMatchObject({
      ok: false,
      kind: "SyntaxError",
      $metadata: { httpStatusCode: 502, attempts: 3 },
    });
  });

  it("HTML 403 with an error code header: ours the modeled class, the reference a SyntaxError", async () => {
    const step: Step = (_request, res) => {
      res.writeHead(403, { "content-type": "text/html", "x-amzn-errortype": "UnauthorizedException" });
      res.end("<html>denied</html>");
    };
    const { ours, reference } = await both(scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [step]));
    expect(ours.requests).toEqual(reference.requests);
    expect(ours.outcome).toMatchObject({
      ok: false,
      kind: "UnauthorizedException",
      $fault: "client",
      $metadata: { httpStatusCode: 403 },
    });
    expect(reference.outcome).toMatchObject({ ok: false, kind: "SyntaxError", $metadata: { httpStatusCode: 403 } });
  });

  it("a JSON error body that is not an object: ours ignores it, the reference spreads its indexes onto the error", async () => {
    const step = reply(400, "[1,2]", { "x-amzn-errortype": "InvalidRequestException" });
    const { ours, reference } = await both(scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [step]));
    const { members: ourMembers, ...ourRest } = ours.outcome as Extract<typeof ours.outcome, { ok: false }>;
    const { members: referenceMembers, ...referenceRest } = reference.outcome as Extract<
      typeof reference.outcome,
      { ok: false }
    >;
    expect(ourRest).toEqual(referenceRest);
    expect(ourMembers).toEqual({});
    expect(referenceMembers).toEqual({ 0: 1, 1: 2 });
  });
});

describe("difference 3: a number or boolean as a top-level string member becomes its text", () => {
  // Why: the code-generated releases read top-level string members with smithy's `expectString`,
  // which turns a number or boolean into its text with a warning; the schema-based 3.1164.0 passes
  // the number on, typed as a string. Ours does what expectString does (warning to the client's
  // logger), so `nextToken.length` and the next page's request keep working.
  it.each([
    ["a number", 12345, "12345"],
    ["a boolean", true, "true"],
  ] as const)("nextToken as %s: ours its text, the reference the raw value", async (_label, value, text) => {
    const body = { accountList: [], nextToken: value };
    const { ours, reference } = await both(scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [reply(200, body)]));
    expect(ours.requests).toEqual(reference.requests);
    expect(ours.outcome).toMatchObject({ ok: true, output: { accountList: [], nextToken: text } });
    expect(reference.outcome).toMatchObject({ ok: true, output: { accountList: [], nextToken: value } });
  });
});

describe("difference 9: credentials that are not an object are masked as a whole in the logger's entry", () => {
  // Why: a JSON-encoded string where the credentials object should be still holds the secret access
  // key and the session token. The reference logs it as it came; ours logs ***SensitiveInformation***.
  // Both return it as it came.
  it("roleCredentials as a string: ours masked in the log, the reference logs the text", async () => {
    const body = '{"roleCredentials":"abc"}';
    const input = { accessToken: ACCESS_TOKEN, accountId: "1", roleName: "r" };
    const { ours, reference } = await both(scenario("GetRoleCredentials", input, [reply(200, body)]));
    expect(ours.outcome).toEqual(reference.outcome);
    expect(ours.outcome).toMatchObject({ ok: true, output: { roleCredentials: "abc" } });
    expect(ours.logged[0]?.entry.output).toEqual({ roleCredentials: "***SensitiveInformation***" });
    expect(reference.logged[0]?.entry.output).toEqual({ roleCredentials: "abc" });
  });
});

describe("difference 4: null entries of a list are dropped", () => {
  // Why: the lists are not sparse in the model and their types (`AccountInfo[]`) have no null. The
  // SDK's generated deserializers dropped null entries; the reference's schema-based deserializer
  // (3.1164.0) passes them through. Ours keeps to the types.
  it("[null, account, null]: ours one account, the reference three entries", async () => {
    const body = { accountList: [null, { accountId: "111122223333" }, null] };
    const { ours, reference } = await both(scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [reply(200, body)]));
    expect(ours.requests).toEqual(reference.requests);
    expect(ours.outcome).toMatchObject({ ok: true, output: { accountList: [{ accountId: "111122223333" }] } });
    expect(reference.outcome).toMatchObject({ ok: true, output: body });
  });
});

describe("difference 5: a custom endpoint path ending in '/' is joined without doubling the slash", () => {
  // Why: `https://host/portal/` and `https://host/portal` name the same base; the SDK's generated
  // serializers joined them to `/portal/federation/credentials`. The reference's schema-based
  // serializer (3.1164.0) sends `/portal//federation/credentials`, a different path to many servers.
  it("endpoint …/portal/: ours /portal/federation/credentials, the reference /portal//federation/credentials", async () => {
    const s: Scenario = {
      ...scenario("GetRoleCredentials", { accessToken: ACCESS_TOKEN, accountId: "111122223333", roleName: "ReadOnly" }),
      config: (endpoint) => ({ endpoint: `${endpoint}/portal/` }),
    };
    const { ours, reference } = await both(s);
    expect(ours.requests.map((r) => r.path)).toEqual(["/portal/federation/credentials"]);
    expect(reference.requests.map((r) => r.path)).toEqual(["/portal//federation/credentials"]);
    expect({ ...ours.requests[0], path: "" }).toEqual({ ...reference.requests[0], path: "" });
    expect(ours.outcome).toEqual(reference.outcome);
  });
});

describe("difference 8: requestTimeout fails the attempt", () => {
  // Why: a caller who sets `requestHandler: { requestTimeout }` expects the call to stop waiting.
  // @smithy/node-http-handler (and so the reference) only logs a warning and keeps waiting unless
  // `throwOnRequestTimeout: true`; our Node runtime turns that on unless it is given.
  const slowAnswer: Step = (_request, res) => {
    setTimeout(() => {
      if (!res.destroyed && !res.socket?.destroyed) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      }
    }, 300);
  };
  it("{ requestTimeout: 100 } and a 300 ms answer: ours a TimeoutError, the reference the late answer", async () => {
    const quiet = { warn: () => {}, debug: () => {}, info: () => {}, error: () => {} };
    const s: Scenario = {
      ...scenario("ListAccounts", { accessToken: ACCESS_TOKEN }, [slowAnswer]),
      config: { maxAttempts: 1, requestHandler: { requestTimeout: 100, logger: quiet } },
    };
    const { ours, reference } = await both(s);
    expect(ours.outcome).toMatchObject({ ok: false, name: "TimeoutError" });
    expect(reference.outcome.ok).toBe(true);
  });
});

describe("difference 7: the user agent names this package", () => {
  // Why: a service's and a proxy's logs should tell the clone from the AWS SDK; everything after
  // the name (ua/2.1, os, lang, md/nodejs, api/sso, metrics, app id, custom parts) has the
  // original's shape.
  const { version } = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
    version: string;
  };
  const sameShape = (userAgent: string | undefined) =>
    userAgent?.replace(/^(client-sso|aws-sdk-js)\/[^ ]+/, "SDK/V").replace(/api\/sso#[^ ]+/, "api/sso#V");

  it.each([
    ["by default", {}],
    ["with a customUserAgent", { customUserAgent: "my-app/1.0" }],
    ["with an app id", { userAgentAppId: "my-app-id" }],
  ] as const)(
    "%s: ours client-sso/<version>, the reference aws-sdk-js/<version>, the rest alike",
    async (_label, config) => {
      const { ours, reference } = await both({ ...scenario("ListAccounts", { accessToken: ACCESS_TOKEN }), config });
      const v = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(ours.userAgent["user-agent"]).toMatch(new RegExp(`^client-sso/${v} ua/2\\.1 .* api/sso#${v}( |$)`));
      expect(ours.userAgent["x-amz-user-agent"]).toMatch(new RegExp(`^client-sso/${v}( |$)`));
      expect(reference.userAgent["user-agent"]).toMatch(/^aws-sdk-js\/3\.\d+\.\d+ /);
      expect(sameShape(ours.userAgent["user-agent"])).toBe(sameShape(reference.userAgent["user-agent"]));
      expect(sameShape(ours.userAgent["x-amz-user-agent"])).toBe(sameShape(reference.userAgent["x-amz-user-agent"]));
    },
  );
});
