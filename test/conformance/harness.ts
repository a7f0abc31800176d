import * as reference from "@aws-sdk/client-sso";

import * as ours from "../../src/index.js";
import type { ScriptedServer, SeenRequest, Step } from "./server.js";

export type Operation = "GetRoleCredentials" | "ListAccountRoles" | "ListAccounts" | "Logout";

/** One call, the answers the server gives to its attempts, and the client settings. */
export interface Scenario {
  name: string;
  operation: Operation;
  input: Record<string, unknown>;
  /** One step per attempt; the last one repeats. */
  steps: Step[];
  /** Default 3, the SDK's default. */
  maxAttempts?: number;
  /** More client settings, given to both clients alike (a function gets the server's endpoint). */
  config?: Record<string, unknown> | ((endpoint: string) => Record<string, unknown>);
  /** Environment variables set while the call runs (undefined: unset), restored afterwards. */
  env?: Record<string, string | undefined>;
}

/** Runs `task` with the variables set (or unset), then puts the environment back as it was. */
export const withEnv = async <T>(
  env: Record<string, string | undefined> | undefined,
  task: () => Promise<T>,
): Promise<T> => {
  if (!env) return task();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return await task();
  } finally {
    apply(saved);
  }
};

export type Library = "ours" | "reference";
const LIBRARIES = { ours, reference } as const;

/** Headers that legitimately differ: who is calling, and a random id per call. */
export const IGNORED_HEADERS = new Set(["user-agent", "x-amz-user-agent", "amz-sdk-invocation-id"]);

export interface WireRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

export interface Observation {
  requests: WireRequest[];
  /** `amz-sdk-invocation-id` of each attempt. */
  invocationIds: (string | undefined)[];
  /** The user agent headers of the first attempt. */
  userAgent: { "user-agent"?: string; "x-amz-user-agent"?: string };
  outcome: Outcome;
  /** The logger's info and error entries. */
  logged: LogEntry[];
  /** The raw error or output, for checks beyond the comparison. */
  raw: unknown;
}

export type Outcome =
  | { ok: true; output: Record<string, unknown> }
  | {
      ok: false;
      /** Which of the library's classes the error is an instance of (most specific first). */
      kind: string;
      name: string;
      $fault: unknown;
      message: string;
      $metadata: Record<string, unknown> | undefined;
      /** The error's own enumerable members (decorated body members included), without the above. */
      members: Record<string, unknown>;
    };

const toWire = (request: SeenRequest): WireRequest => {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(request.headers).sort()) {
    if (!IGNORED_HEADERS.has(name)) headers[name] = String(request.headers[name]);
  }
  return { method: request.method, path: request.path, query: request.query, headers, body: request.body };
};

/**
 * `totalRetryDelay` is random (full-jitter backoff, which may even draw 0): after a retry only its
 * presence is compared; without one it must be 0.
 */
const metadataOf = (metadata: unknown): Record<string, unknown> | undefined => {
  if (!metadata || typeof metadata !== "object") return undefined;
  const copy = { ...(metadata as Record<string, unknown>) };
  if (typeof copy.attempts === "number" && copy.attempts > 1 && typeof copy.totalRetryDelay === "number") {
    copy.totalRetryDelay = "after retries";
  }
  return copy;
};

const ERROR_KINDS = [
  "InvalidRequestException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnauthorizedException",
  "SSOServiceException",
] as const;

const kindOf = (library: Library, error: unknown): string => {
  const lib = LIBRARIES[library] as unknown as Record<string, new (...args: never[]) => unknown>;
  for (const kind of ERROR_KINDS) if (error instanceof lib[kind]) return kind;
  if (error instanceof SyntaxError) return "SyntaxError";
  if (error instanceof TypeError) return "TypeError";
  if (error instanceof Error) return "Error";
  return typeof error;
};

const outcomeOf = (library: Library, result: { output?: unknown; error?: unknown }): Outcome => {
  if (!("error" in result)) {
    const output = { ...(result.output as Record<string, unknown>) };
    output.$metadata = metadataOf(output.$metadata);
    return { ok: true, output };
  }
  const error = result.error as Record<string, unknown> & Error;
  const { name: _n, message: _m, $fault, $metadata, ...members } = { ...error };
  return {
    ok: false,
    kind: kindOf(library, error),
    name: error.name,
    $fault: error.$fault,
    message: error.message,
    $metadata: metadataOf(error.$metadata),
    members,
  };
};

/** Builds a client of either library with the same settings. */
export const makeClient = (library: Library, endpoint: string, config: Record<string, unknown> = {}) => {
  const Client = LIBRARIES[library].SSOClient as unknown as new (config: Record<string, unknown>) => {
    send(command: unknown): Promise<unknown>;
    destroy(): void;
  };
  return new Client({
    region: "us-east-1",
    endpoint,
    // Pinned so that neither client reads them from the environment or ~/.aws/config.
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    ...config,
  });
};

export const makeCommand = (library: Library, operation: Operation, input: Record<string, unknown>) => {
  const Command = (LIBRARIES[library] as unknown as Record<string, new (input: unknown) => unknown>)[
    `${operation}Command`
  ];
  return new Command(input);
};

/** Sends the scenario's call through one library's client and records what went over the wire. */
export const observe = async (
  library: Library,
  scenario: Scenario,
  server: ScriptedServer,
  config: Record<string, unknown> = {},
): Promise<Observation> => {
  return withEnv(scenario.env, () => observeNow(library, scenario, server, config));
};

const observeNow = async (
  library: Library,
  scenario: Scenario,
  server: ScriptedServer,
  config: Record<string, unknown>,
): Promise<Observation> => {
  server.script(scenario.steps);
  const scenarioConfig = typeof scenario.config === "function" ? scenario.config(server.endpoint) : scenario.config;
  const logged: LogEntry[] = [];
  // The outcome lines only: the debug lines (config lookups, endpoint rules) are each client's own.
  const logger = {
    trace: () => {},
    debug: () => {},
    info: (entry: unknown) => logged.push(logEntryOf("info", entry)),
    warn: () => {},
    error: (entry: unknown) => logged.push(logEntryOf("error", entry)),
  };
  const client = makeClient(library, server.endpoint, {
    maxAttempts: scenario.maxAttempts ?? 3,
    logger,
    ...scenarioConfig,
    ...config,
  });
  let result: { output?: unknown; error?: unknown };
  try {
    // A fresh copy of the input: a client must not depend on (or leak through) a shared object.
    const input = structuredClone(scenario.input);
    result = { output: await client.send(makeCommand(library, scenario.operation, input)) };
  } catch (error) {
    result = { error };
  } finally {
    client.destroy();
  }
  const seen = [...server.requests];
  return {
    requests: seen.map(toWire),
    invocationIds: seen.map((request) => request.headers["amz-sdk-invocation-id"] as string | undefined),
    userAgent: {
      "user-agent": seen[0]?.headers["user-agent"],
      "x-amz-user-agent": seen[0]?.headers["x-amz-user-agent"] as string | undefined,
    },
    outcome: outcomeOf(library, result),
    logged,
    raw: "error" in result ? result.error : result.output,
  };
};

/** What the logger middleware logs after a call, with the error reduced to its name and message. */
export interface LogEntry {
  level: "info" | "error";
  entry: Record<string, unknown>;
}

const logEntryOf = (level: LogEntry["level"], entry: unknown): LogEntry => {
  const copy = { ...(entry as Record<string, unknown>) };
  if (copy.error instanceof Error) copy.error = { name: copy.error.name, message: copy.error.message };
  if ("metadata" in copy) copy.metadata = metadataOf(copy.metadata);
  return { level, entry: copy };
};
