import type { Scenario } from "./harness.js";
import { htmlPage, reply, resetConnection, serviceError, truncated, type Step } from "./server.js";

// Values that look like the real ones, and that the secrets test searches for everywhere.
export const ACCESS_TOKEN = "aoaAAAAAGconformanceAccessToken0123456789abcdefXYZ";
export const SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYconformanceKEY";
export const SESSION_TOKEN = "IQoJb3JpZ2luX2VjEconformanceSessionToken//////////wEaCXVzLWVhc3QtMSJHMEUCIQD";
export const SECRETS = [ACCESS_TOKEN, SECRET_ACCESS_KEY, SESSION_TOKEN] as const;

const ACCOUNT = "111122223333";
const TRACE_ID = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
const CREDENTIALS = {
  roleCredentials: {
    accessKeyId: "ASIAEXAMPLECONFORMANCE",
    secretAccessKey: SECRET_ACCESS_KEY,
    sessionToken: SESSION_TOKEN,
    expiration: 1_767_225_600_000,
  },
};
const ACCOUNTS = {
  accountList: [
    { accountId: ACCOUNT, accountName: "Development", emailAddress: "dev@example.com" },
    { accountId: "444455556666", accountName: "Production", emailAddress: "prod@example.com" },
  ],
  nextToken: "page-2",
};
const ROLES = { roleList: [{ roleName: "ReadOnly", accountId: ACCOUNT }], nextToken: "roles-2" };
const ok = (body: unknown = {}) => reply(200, body);
/** Answers with `step` after `ms` (unless the client hung up by then). */
const slow =
  (ms: number, step: Step): Step =>
  (request, res) => {
    setTimeout(() => {
      if (!res.destroyed && !res.socket?.destroyed) step(request, res);
    }, ms);
  };
const empty: Step = (_request, res) => {
  res.writeHead(200, { "x-amzn-requestid": "conformance-request-id" });
  res.end();
};

/** Query values that need encoding: each travels as `nextToken`, `roleName` and `accountId`. */
export const QUERY_VALUES: [string, string][] = [
  ["spaces", "a b  c"],
  ["plus", "a+b"],
  ["slash", "a/b/"],
  ["ampersand", "a&b=c"],
  ["equals", "=a=="],
  ["percent", "100%25%"],
  ["unicode", "rôle-名前-😀"],
  ["reserved", "!*'();:@$,?#[]~"],
  ["empty string", ""],
];

const queryScenarios: Scenario[] = QUERY_VALUES.flatMap(([label, value]): Scenario[] => [
  {
    name: `query encoding, ${label}: ListAccounts nextToken`,
    operation: "ListAccounts",
    input: { accessToken: ACCESS_TOKEN, nextToken: value },
    steps: [ok(ACCOUNTS)],
  },
  {
    name: `query encoding, ${label}: GetRoleCredentials roleName and accountId`,
    operation: "GetRoleCredentials",
    input: { accessToken: ACCESS_TOKEN, accountId: value, roleName: value },
    steps: [ok(CREDENTIALS)],
  },
]);

// Not valid Unicode: neither client can percent-encode it, both fail with URIError before sending.
queryScenarios.push({
  name: "query encoding, a lone surrogate: URIError before anything is sent",
  operation: "ListAccounts",
  input: { accessToken: ACCESS_TOKEN, nextToken: "a\ud800b" },
  steps: [ok(ACCOUNTS)],
});

const maxResultsScenarios: Scenario[] = [0, 1, 100, 101].flatMap((maxResults): Scenario[] => {
  const valid = maxResults >= 1 && maxResults <= 100;
  const step = valid ? undefined : serviceError(400, "InvalidRequestException", "Invalid max_result");
  return [
    {
      name: `maxResults ${maxResults}: ListAccounts`,
      operation: "ListAccounts",
      input: { accessToken: ACCESS_TOKEN, maxResults },
      steps: [step ?? ok(ACCOUNTS)],
    },
    {
      name: `maxResults ${maxResults}: ListAccountRoles`,
      operation: "ListAccountRoles",
      input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT, maxResults, nextToken: "roles-1" },
      steps: [step ?? ok(ROLES)],
    },
  ];
});

const listAccounts = (name: string, steps: Step[], maxAttempts?: number): Scenario => ({
  name,
  operation: "ListAccounts",
  input: { accessToken: ACCESS_TOKEN },
  steps,
  maxAttempts,
});

/** Every scenario where the two clients must agree on the wire and in what they return or throw. */
export const SCENARIOS: Scenario[] = [
  // ---- every command -----------------------------------------------------------------------
  {
    name: "GetRoleCredentials: credentials",
    operation: "GetRoleCredentials",
    input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT, roleName: "ReadOnly" },
    steps: [ok(CREDENTIALS)],
  },
  {
    name: "ListAccountRoles: a page of roles",
    operation: "ListAccountRoles",
    input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT },
    steps: [ok(ROLES)],
  },
  listAccounts("ListAccounts: a page of accounts", [ok(ACCOUNTS)]),
  {
    name: "Logout: empty 200",
    operation: "Logout",
    input: { accessToken: ACCESS_TOKEN },
    steps: [empty],
  },
  {
    name: "Logout: 200 with a JSON body",
    operation: "Logout",
    input: { accessToken: ACCESS_TOKEN },
    steps: [ok({ unexpected: true })],
  },
  {
    name: "Logout: 401 UnauthorizedException",
    operation: "Logout",
    input: { accessToken: ACCESS_TOKEN },
    steps: [serviceError(401, "UnauthorizedException", "Session token not found or invalid")],
  },
  listAccounts("ListAccounts: empty 200 (no members)", [empty]),
  listAccounts("ListAccounts: empty list and no nextToken", [ok({ accountList: [] })]),
  listAccounts("ListAccounts: request id, extended request id and CloudFront id in $metadata", [
    reply(200, ACCOUNTS, { "x-amzn-requestid": "rid-1", "x-amz-id-2": "ext-2", "x-amz-cf-id": "cf-3" }),
  ]),

  {
    ...listAccounts("a custom endpoint with a base path", [ok(ACCOUNTS)]),
    config: (endpoint) => ({ endpoint: `${endpoint}/portal/v1` }),
  },
  {
    ...listAccounts("a custom endpoint as an object", [ok(ACCOUNTS)]),
    config: (endpoint) => {
      const url = new URL(endpoint);
      return { endpoint: { protocol: "http:", hostname: url.hostname, port: Number(url.port), path: "/" } };
    },
  },

  // ---- recursion detection: inside Lambda the trace id travels on ---------------------------
  {
    ...listAccounts("inside Lambda with a trace id: X-Amzn-Trace-Id", [ok(ACCOUNTS)]),
    env: { AWS_LAMBDA_FUNCTION_NAME: "my-function", _X_AMZN_TRACE_ID: TRACE_ID },
  },
  {
    ...listAccounts("inside Lambda without a trace id: no header", [ok(ACCOUNTS)]),
    env: { AWS_LAMBDA_FUNCTION_NAME: "my-function", _X_AMZN_TRACE_ID: undefined },
  },
  {
    ...listAccounts("a trace id outside Lambda: no header", [ok(ACCOUNTS)]),
    env: { AWS_LAMBDA_FUNCTION_NAME: undefined, _X_AMZN_TRACE_ID: TRACE_ID },
  },

  // ---- query encoding and maxResults ---------------------------------------------------------
  ...queryScenarios,
  ...maxResultsScenarios,

  // ---- error codes: every source and form ----------------------------------------------------
  listAccounts("error code: header with ':' suffix", [
    serviceError(401, "UnauthorizedException", "Session token not found or invalid"),
  ]),
  listAccounts("error code: namespaced header", [
    reply(
      404,
      { message: "not found" },
      { "x-amzn-errortype": "com.amazonaws.switchboard.portal#ResourceNotFoundException" },
    ),
  ]),
  listAccounts("error code: body code", [reply(400, { code: "InvalidRequestException", message: "bad" })]),
  listAccounts("error code: body __type, namespaced", [
    reply(401, { __type: "com.amazonaws.switchboard.portal#UnauthorizedException", message: "expired" }),
  ]),
  listAccounts("error code: body __type with ':' suffix", [
    reply(400, { __type: "InvalidRequestException:http://internal.amazon.com/coral/", message: "bad" }),
  ]),
  listAccounts("error code: header wins over body", [
    reply(404, { code: "InvalidRequestException", message: "m" }, { "x-amzn-errortype": "ResourceNotFoundException" }),
  ]),
  listAccounts("error code: body code wins over __type", [
    reply(400, { code: "UnauthorizedException", __type: "InvalidRequestException", message: "m" }),
  ]),
  listAccounts("error: capitalised Message", [
    reply(400, { Message: "capital" }, { "x-amzn-errortype": "InvalidRequestException" }),
  ]),
  listAccounts("error: no message", [reply(401, {}, { "x-amzn-errortype": "UnauthorizedException" })]),
  listAccounts("error: unicode message", [serviceError(400, "InvalidRequestException", "ungültig – 無効 😀")]),
  listAccounts("error: extra body members are kept on the error", [
    reply(400, { message: "m", reason: "why", detail: { a: 1 } }, { "x-amzn-errortype": "InvalidRequestException" }),
  ]),
  listAccounts("unknown code in the header: ForbiddenException 403", [
    serviceError(403, "ForbiddenException", "No access"),
  ]),
  listAccounts("unknown code in the body", [reply(400, { code: "SomethingNew", message: "m" })]),
  listAccounts("unknown code with a 5xx is a server fault (not retried: 501)", [
    serviceError(501, "NotImplemented", "not implemented"),
  ]),
  // Codes that are Object.prototype's keys: an SSOServiceException named after the code.
  ...["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"].flatMap((code) => [
    listAccounts(`error code '${code}' in the header`, [reply(400, { message: "m" }, { "x-amzn-errortype": code })]),
    listAccounts(`error code '${code}' in the body's __type`, [reply(400, { __type: code, message: "m" })]),
  ]),
  listAccounts("no code at all, JSON body", [reply(400, { message: "who knows" })]),
  listAccounts("no code, empty 4xx body", [
    (_request, res) => {
      res.writeHead(403);
      res.end();
    },
  ]),

  // ---- bodies of successful answers -----------------------------------------------------------
  listAccounts("extra members are dropped", [
    ok({ ...ACCOUNTS, extra: "x", accountList: [{ ...ACCOUNTS.accountList[0], extra: { deep: true } }] }),
  ]),
  listAccounts("null members are dropped", [
    ok({ accountList: [{ accountId: ACCOUNT, accountName: null }], nextToken: null }),
  ]),
  {
    name: "GetRoleCredentials: null credentials members",
    operation: "GetRoleCredentials",
    input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT, roleName: "r" },
    steps: [
      ok({ roleCredentials: { accessKeyId: "AKID", secretAccessKey: null, sessionToken: null, expiration: null } }),
    ],
  },
  // Members of another JSON type than the model's: passed on as the reference passes them.
  ...(
    [
      [
        "nested members of other types",
        { accountList: [{ accountId: 5, accountName: { x: 1 }, emailAddress: [true] }] },
      ],
      ["an object where a list was expected", { accountList: { accountId: ACCOUNT } }],
      ["a string where a list was expected", { accountList: "abc" }],
      ["list entries that are not structures", { accountList: [5, "x", [1], true] }],
      ["an object as the top-level nextToken", { nextToken: { a: 1 } }],
      ["an array as the top-level nextToken", { nextToken: ["a"] }],
      ["a JSON array as the document", []],
      ["a JSON string as the document", "text"],
      ["a JSON number as the document", 5],
      [
        "__proto__ and constructor keys",
        JSON.parse(
          '{"__proto__":{"p":1},"constructor":{"prototype":{"p":2}},"accountList":[{"__proto__":{"p":3},"accountId":"1"}]}',
        ),
      ],
    ] as const
  ).map(([label, body]) => listAccounts(`response shape: ${label}`, [reply(200, JSON.stringify(body))])),
  ...(
    [
      ["an integer beyond the safe range", '{"roleCredentials":{"expiration":12345678901234567890}}'],
      ["a fraction", '{"roleCredentials":{"expiration":1.5}}'],
      ["a string", '{"roleCredentials":{"expiration":"123"}}'],
      ["NaN, Infinity as strings", '{"roleCredentials":{"expiration":"NaN","accessKeyId":"Infinity"}}'],
      ["-Infinity as a string", '{"roleCredentials":{"expiration":"-Infinity"}}'],
      ["credentials as an array", '{"roleCredentials":[1,2]}'],
      [
        "credentials members of other types",
        '{"roleCredentials":{"accessKeyId":5,"secretAccessKey":{"a":1},"sessionToken":[1]}}',
      ],
    ] as const
  ).map(([label, body]): Scenario => ({
    name: `response shape: expiration ${label}`,
    operation: "GetRoleCredentials",
    input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT, roleName: "r" },
    steps: [reply(200, body)],
  })),
  {
    name: "response shape: roles of other types",
    operation: "ListAccountRoles",
    input: { accessToken: ACCESS_TOKEN, accountId: ACCOUNT },
    steps: [reply(200, '{"roleList":[{"roleName":7,"accountId":false}],"nextToken":{"n":1}}')],
  },
  listAccounts("JSON body with a text/html content type", [
    (_request, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(JSON.stringify(ACCOUNTS));
    },
  ]),
  listAccounts("204 without a body", [
    (_request, res) => {
      res.writeHead(204);
      res.end();
    },
  ]),
  listAccounts("302 redirect is an Unknown client fault, not followed", [
    (_request, res) => {
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    },
  ]),
  listAccounts("error code header listing two codes", [
    reply(400, { message: "m" }, { "x-amzn-errortype": "UnauthorizedException,InvalidRequestException" }),
  ]),
  listAccounts("200 with invalid JSON", [reply(200, "{not json")]),
  listAccounts("200 with an HTML page", [htmlPage(200)]),

  // ---- retries (maxAttempts 3): attempt counts and the final outcome --------------------------
  listAccounts("retry: 500, 500, then 200", [serviceError(500, "InternalServerException", "boom"), ok(ACCOUNTS)]),
  listAccounts("retry: 503, 503, then 200", [
    serviceError(503, "ServiceUnavailableException", "later"),
    serviceError(503, "ServiceUnavailableException", "later"),
    ok(ACCOUNTS),
  ]),
  listAccounts("retry: 429, 429, then 200", [
    serviceError(429, "TooManyRequestsException", "slow down"),
    serviceError(429, "TooManyRequestsException", "slow down"),
    ok(ACCOUNTS),
  ]),
  listAccounts("retry: reset, reset, then 200", [resetConnection, resetConnection, ok(ACCOUNTS)]),
  listAccounts("retry: 500 on every attempt", [serviceError(500, "InternalServerException", "boom")]),
  listAccounts("retry: 429 on every attempt", [serviceError(429, "TooManyRequestsException", "slow down")]),
  listAccounts("retry: 401 is not retried", [serviceError(401, "UnauthorizedException", "expired"), ok(ACCOUNTS)]),
  listAccounts(
    "retry: maxAttempts 1 does not retry a 503",
    [serviceError(503, "ServiceUnavailableException", "later")],
    1,
  ),
  listAccounts("retry: body cut short, then 200", [truncated(200, ACCOUNTS), ok(ACCOUNTS)]),
  listAccounts("retry: body cut short on every attempt", [truncated(200, ACCOUNTS)]),
  listAccounts(
    "retry: maxAttempts 5 rides out four 503s",
    [...Array.from({ length: 4 }, () => serviceError(503, "ServiceUnavailableException", "later")), ok(ACCOUNTS)],
    5,
  ),
  {
    ...listAccounts("retry: adaptive mode, 429 then 200", [
      serviceError(429, "TooManyRequestsException", "slow down"),
      ok(ACCOUNTS),
    ]),
    config: { retryMode: "adaptive" },
  },
  {
    ...listAccounts(
      "an answer slower than requestTimeout (throwOnRequestTimeout): TimeoutError on every attempt",
      // Room for a loaded machine: each attempt must reach the server before its timeout fires.
      [slow(1500, ok(ACCOUNTS))],
      2,
    ),
    config: { requestHandler: { requestTimeout: 400, throwOnRequestTimeout: true } },
  },
  {
    ...listAccounts("an answer slower than requestTimeout, throwOnRequestTimeout: false: only a warning", [
      slow(200, ok(ACCOUNTS)),
    ]),
    config: {
      requestHandler: {
        requestTimeout: 50,
        throwOnRequestTimeout: false,
        logger: { warn: () => {}, debug: () => {}, info: () => {}, error: () => {} },
      },
    },
  },
  listAccounts("retry: empty 502 then 200", [
    (_request, res) => {
      res.writeHead(502);
      res.end();
    },
    ok(ACCOUNTS),
  ]),
];
