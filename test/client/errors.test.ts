import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  InvalidRequestException,
  ListAccountsCommand,
  ResourceNotFoundException,
  SSOClient,
  SSOServiceException,
  TooManyRequestsException,
  UnauthorizedException,
} from "../../src/index.js";
import { json, startCapturingServer, type CapturingServer } from "../support/capturingServer.js";

const TOKEN = "errors-token";
let portal: CapturingServer;
let client: SSOClient;

beforeAll(async () => {
  portal = await startCapturingServer();
  // One attempt: these tests are about parsing, not retrying.
  client = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1 });
});
afterEach(() => {
  portal.requests.length = 0;
});
afterAll(async () => {
  client.destroy();
  await portal.close();
});

const failWith = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
  portal.respondWith(json(status, body, headers));
  return client.send(new ListAccountsCommand({ accessToken: TOKEN })).then(
    () => expect.unreachable("the call should fail"),
    (error: unknown) => error as SSOServiceException & Record<string, unknown>,
  );
};

describe("modeled errors", () => {
  const cases = [
    [400, InvalidRequestException],
    [404, ResourceNotFoundException],
    [429, TooManyRequestsException],
    [401, UnauthorizedException],
  ] as const;

  it.each(cases)("status %i → %O from the x-amzn-errortype header", async (status, ErrorClass) => {
    const error = await failWith(
      status,
      { message: "what went wrong" },
      {
        "x-amzn-errortype": `${ErrorClass.name}:http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/`,
        "x-amzn-requestid": "rid-1",
      },
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.$fault).toBe("client");
    expect(error.message).toBe("what went wrong");
    expect(error.$metadata).toEqual({
      httpStatusCode: status,
      requestId: "rid-1",
      extendedRequestId: undefined,
      cfId: undefined,
      attempts: 1,
      totalRetryDelay: 0,
    });
  });

  it("reads a namespaced code from the header", async () => {
    const error = await failWith(
      404,
      { message: "nf" },
      { "x-amzn-errortype": "com.amazonaws.sso#ResourceNotFoundException" },
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it("reads the body's code when there is no header, and Message when there is no message", async () => {
    const error = await failWith(400, { code: "InvalidRequestException", Message: "capitalised" });
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toBe("capitalised");
    expect(error.code).toBe("InvalidRequestException");
  });

  it("reads the body's namespaced __type last", async () => {
    const error = await failWith(401, { __type: "com.amazonaws.sso#UnauthorizedException", message: "nope" });
    expect(error).toBeInstanceOf(UnauthorizedException);
    expect(error.__type).toBe("com.amazonaws.sso#UnauthorizedException");
  });

  it("prefers the header over the body", async () => {
    const error = await failWith(
      429,
      { code: "InvalidRequestException", message: "slow down" },
      { "x-amzn-errortype": "TooManyRequestsException" },
    );
    expect(error).toBeInstanceOf(TooManyRequestsException);
  });

  it("says UnknownError when the body has no message", async () => {
    const error = await failWith(401, {}, { "x-amzn-errortype": "UnauthorizedException" });
    expect(error.message).toBe("UnknownError");
  });
});

describe("unmodeled errors", () => {
  it("an unknown code becomes an SSOServiceException named after it", async () => {
    const error = await failWith(400, { message: "foo" }, { "x-amzn-errortype": "FooError" });
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error).not.toBeInstanceOf(InvalidRequestException);
    expect(error.name).toBe("FooError");
    expect(error.$fault).toBe("client");
  });

  it("a 5xx with a code is a server fault", async () => {
    const error = await failWith(500, { message: "boom" }, { "x-amzn-errortype": "InternalServerException" });
    expect(error.name).toBe("InternalServerException");
    expect(error.$fault).toBe("server");
    expect(error.message).toBe("boom");
  });

  it("an empty 500 is an Unknown server fault carrying the status", async () => {
    portal.respondWith((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const error = (await client
      .send(new ListAccountsCommand({ accessToken: TOKEN }))
      .catch((e) => e)) as SSOServiceException;
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error.name).toBe("Unknown");
    expect(error.message).toBe("UnknownError");
    expect(error.$fault).toBe("server");
    expect(error.$metadata.httpStatusCode).toBe(500);
  });

  it("a proxy's HTML 502 page still yields a typed error with the status", async () => {
    portal.respondWith((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body>502 Bad Gateway</body></html>");
    });
    const error = (await client
      .send(new ListAccountsCommand({ accessToken: TOKEN }))
      .catch((e) => e)) as SSOServiceException;
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error.$fault).toBe("server");
    expect(error.$metadata.httpStatusCode).toBe(502);
    expect(error.message).toBe("HTTP 502 answer with a body that is not JSON (content-type text/html)");
    expect(error.message).not.toContain("Bad Gateway");
  });

  it("a non-JSON error answer is retried as transient, and says so in its message", async () => {
    const retrying = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 3 });
    portal.respondWith((_req, res) => {
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("upstream unavailable");
    });
    const error = (await retrying
      .send(new ListAccountsCommand({ accessToken: TOKEN }))
      .catch((e) => e)) as SSOServiceException;
    retrying.destroy();
    expect(error).toBeInstanceOf(SSOServiceException);
    expect(error.name).toBe("Unknown");
    expect(error.$metadata.attempts).toBe(3);
    expect(portal.requests).toHaveLength(3);
    expect(error.message).toBe("HTTP 503 answer with a body that is not JSON (content-type text/plain)");
  });
});

describe("bad success responses", () => {
  it("invalid JSON in a 200 is a deserialization error with $metadata and a hidden $response", async () => {
    portal.respondWith((_req, res) => res.end("{not json"));
    const error = await client.send(new ListAccountsCommand({ accessToken: TOKEN })).catch((e) => e);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toContain("Deserialization error");
    expect(error.$metadata.httpStatusCode).toBe(200);
    expect(error.$response.statusCode).toBe(200);
    expect(Object.keys(error)).not.toContain("$response");
  });

  it("a member of another JSON type is passed on, never an error (as in the SDK)", async () => {
    portal.respondWith(json(200, { accountList: [{ accountId: 5, accountName: { x: 1 } }] }));
    const output = await client.send(new ListAccountsCommand({ accessToken: TOKEN }));
    expect(output.accountList).toEqual([{ accountId: 5, accountName: { x: 1 } }]);
  });

  it("a number as the top-level nextToken becomes its text, with a warning through the client's logger", async () => {
    const warnings: unknown[] = [];
    const logger = {
      trace() {},
      debug() {},
      info() {},
      error() {},
      warn: (message: unknown) => warnings.push(message),
    };
    const logging = new SSOClient({ region: "us-east-1", endpoint: portal.endpoint, maxAttempts: 1, logger });
    portal.respondWith(json(200, { nextToken: 12345, accountList: [] }));
    const output = await logging.send(new ListAccountsCommand({ accessToken: TOKEN }));
    logging.destroy();
    expect(output.nextToken).toBe("12345");
    expect(warnings).toEqual(["Expected string, got number: 12345"]);
  });

  it("__proto__ and constructor keys never change a returned object's prototype", async () => {
    const body =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"nextToken":"n",' +
      '"accountList":[{"__proto__":{"polluted":3},"accountId":"1"},{"constructor":{"polluted":4}}],' +
      '"roleCredentials":{"__proto__":{"polluted":5},"accessKeyId":"AKID"}}';
    portal.respondWith(json(200, body));
    const output = (await client.send(new ListAccountsCommand({ accessToken: TOKEN }))) as Record<string, any>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    for (const account of output.accountList) expect(Object.getPrototypeOf(account)).toBe(Object.prototype);
    expect(output.accountList).toEqual([{ accountId: "1" }, {}]);
    expect(output.polluted).toBeUndefined();
    expect(output.accountList[0].polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a short access token is not masked inside the service's words", () => {
  // Only a real token's length is worth masking: "e" or "Session" occur in the error's own text.
  it.each(["e", "Session", "x"])("token %j keeps the name, fault and message as sent", async (accessToken) => {
    portal.respondWith(
      json(401, { message: "Session token not found or invalid" }, { "x-amzn-errortype": "UnauthorizedException" }),
    );
    const error = (await client
      .send(new ListAccountsCommand({ accessToken }))
      .catch((e: unknown) => e)) as SSOServiceException;
    expect(error).toBeInstanceOf(UnauthorizedException);
    expect(error.name).toBe("UnauthorizedException");
    expect(error.$fault).toBe("client");
    expect(error.message).toBe("Session token not found or invalid");
  });
});
