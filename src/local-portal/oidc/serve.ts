import type { IncomingMessage, ServerResponse } from "node:http";
import { writeAnswer } from "../answer.js";
import { oidcError } from "./errors.js";
import { oidcAnswerHeaders, oidcErrorAnswer, type OidcAnswer } from "./http.js";
import type { OidcRoute } from "./routes.js";
import type { OidcService } from "./service.js";

/**
 * Answers one sign-in request (an OIDC operation or a page) on the portal's server. Faults and
 * the portal's token check do not apply: they model the portal API, not sign-in.
 */
export function serveOidc(
  route: OidcRoute,
  oidc: OidcService,
  now: number,
  req: IncomingMessage,
  res: ServerResponse,
  query: Record<string, string>,
  requestId: string,
  extraHeaders: Record<string, string> | undefined,
  finish: (status: number, answer: OidcAnswer) => void,
): void {
  const served = route.serve({ req, query, oidc, now }).catch(() =>
    // A bug of ours must still answer, as the service's own 500 would.
    oidcErrorAnswer(oidcError("InternalServerException", "An internal error occurred")),
  );
  void served.then((answer) => {
    // Pages that read no body still drain it, so a kept-alive socket stays in step.
    req.resume();
    if (res.destroyed) return finish(0, answer);
    writeAnswer(res, oidcAnswerHeaders(answer, requestId, extraHeaders), answer);
    finish(answer.status, answer);
  });
}
