import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import {
  type Answer,
  answerHeaders,
  errorAnswer,
  garbageAnswer,
  successAnswer,
  writeAnswer,
  writeTruncated,
} from "./answer.js";
import { corsHeaders, preflightHeaders } from "./cors.js";
import {
  PortalError,
  hostNotAllowed,
  invalidRequest,
  methodNotAllowed,
  serverFailure,
  tooManyRequests,
  unauthorized,
  unknownOperation,
} from "./errors.js";
import { type FaultDecision, decideFault } from "./faults.js";
import { findOidcRoute } from "./oidc/routes.js";
import { serveOidc } from "./oidc/serve.js";
import { allowedMethods, findRoute } from "./operations/index.js";
import { parseTarget } from "./query.js";
import { REDACTED, type RequestLogEntry, loggedHeaders } from "./requestLog.js";
import type { PortalState } from "./state.js";
import { countRequest } from "./stats.js";
import { ACCESS_TOKEN_HEADER } from "./wire.js";

/**
 * One request's way: CORS preflight, fault dice, injected latency, then routing, the token
 * check and the operation. Every answer carries a request id; every request is logged.
 */
export function createRequestHandler(state: PortalState) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    const requestId = randomUUID();
    const method = req.method ?? "GET";
    const target = parseTarget(req.url ?? "/");
    const token = req.headers[ACCESS_TOKEN_HEADER];
    const oidcRoute = target ? findOidcRoute(method, target.path) : undefined;
    const entry: RequestLogEntry = {
      time: state.clock(),
      requestId,
      method,
      path: target?.path ?? req.url ?? "/",
      query: target?.query ?? {},
      headers: loggedHeaders(req.headers),
      accessToken: typeof token === "string" ? (state.directory.isOwnToken(token) ? token : REDACTED) : undefined,
      operation: target ? (findRoute(method, target.path)?.operation ?? oidcRoute?.operation) : undefined,
      status: 0,
      durationMs: 0,
    };
    const finish = (status: number, answer?: Answer, fault?: FaultDecision["kind"]): void => {
      entry.status = status;
      entry.errorType = answer?.errorType;
      if (fault && fault !== "none") entry.fault = fault;
      entry.durationMs = performance.now() - started;
      countRequest(state.stats, entry);
      state.log.add(entry);
      state.onRequest?.(entry);
    };

    // Before anything else, preflights included: a rebinding page must learn nothing.
    if (!state.hostAllowed(req.headers.host)) {
      const answer = errorAnswer(hostNotAllowed());
      req.resume();
      writeAnswer(res, answerHeaders(answer, requestId), answer);
      return finish(answer.status, answer);
    }

    const cors = corsHeaders(state.cors, req);
    if (method === "OPTIONS" && cors) {
      const answer: Answer = { status: 204, body: "" };
      writeAnswer(res, answerHeaders(answer, requestId, { ...cors, ...preflightHeaders(req) }), answer);
      return finish(204, answer);
    }

    if (oidcRoute)
      return serveOidc(oidcRoute, state.oidc, state.clock(), req, res, target!.query, requestId, cors, finish);

    // Read the (empty) body first so the answer never races the request on a kept-alive socket.
    req.resume();
    req.once("end", () => {
      const decision = decideFault(
        state.faults,
        () => !!state.bucket && !state.bucket.take(performance.now()),
        state.random,
      );
      const respond = (): void => {
        if (decision.kind === "reset") {
          req.socket.resetAndDestroy();
          return finish(0, undefined, "reset");
        }
        const answer = answerFor(decision, state, method, target, typeof token === "string" ? token : undefined);
        const headers = answerHeaders(answer, requestId, cors);
        if (answer.status === 405 && target) headers.allow = allowedMethods(target.path).join(", ");
        if (decision.kind === "truncate") writeTruncated(res, headers, answer);
        else writeAnswer(res, headers, answer);
        finish(answer.status, answer, decision.kind);
      };
      if (decision.delayMs <= 0) return respond();
      const timer = setTimeout(() => {
        state.timers.delete(timer);
        respond();
      }, decision.delayMs);
      state.timers.add(timer);
    });
  };
}

function answerFor(
  decision: FaultDecision,
  state: PortalState,
  method: string,
  target: ReturnType<typeof parseTarget>,
  accessToken: string | undefined,
): Answer {
  if (decision.kind === "throttle") return errorAnswer(tooManyRequests());
  if (decision.kind === "failure") return errorAnswer(serverFailure(decision.status));
  if (decision.kind === "garbage") return garbageAnswer();
  try {
    if (!target) throw invalidRequest("Malformed query string");
    const route = findRoute(method, target.path);
    if (!route) throw allowedMethods(target.path).length > 0 ? methodNotAllowed() : unknownOperation();
    // The token is checked before the input, as a front end rejects callers before the service validates.
    const now = state.clock();
    const session = state.directory.authenticate(accessToken, now);
    if (!session) throw unauthorized();
    const { directory, pageTokens, settings } = state;
    const result = route.handle({ session, query: target.query, directory, pageTokens, now, settings });
    return successAnswer(result.body);
  } catch (error) {
    if (error instanceof PortalError) return errorAnswer(error);
    return errorAnswer(serverFailure(500));
  }
}
