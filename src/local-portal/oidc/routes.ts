import type { IncomingMessage } from "node:http";
import { OidcError, oidcError } from "./errors.js";
import { type OidcAnswer, jsonAnswer, oidcErrorAnswer, readBody } from "./http.js";
import { parseJsonBody } from "./input.js";
import { authorizeForm, authorizePage, deviceForm, devicePage, startPage } from "./pages.js";
import type { OidcService } from "./service.js";
import { OIDC_PATHS, type OidcOperationName, PAGE_PATHS } from "./wire.js";

/** What a route needs from one request. */
export interface OidcRequest {
  req: IncomingMessage;
  query: Record<string, string>;
  oidc: OidcService;
  now: number;
}

export interface OidcRoute {
  /** Set for the model's operations (the request log names them); pages have none. */
  operation?: OidcOperationName;
  serve(request: OidcRequest): Promise<OidcAnswer>;
}

/** A model operation: a JSON body in, the output or a modeled error out. */
function operation(name: OidcOperationName): OidcRoute {
  return {
    operation: name,
    async serve({ req, oidc, now }) {
      try {
        const text = await readBody(req);
        if (text === undefined) throw oidcError("InvalidRequestException", "Invalid request: the body is too large");
        return jsonAnswer(oidc[name](parseJsonBody(text), now));
      } catch (error) {
        if (error instanceof OidcError) return oidcErrorAnswer(error);
        return oidcErrorAnswer(oidcError("InternalServerException", "An internal error occurred"));
      }
    },
  };
}

/** A browser page: rendered synchronously, a throw still becomes a rejection for `serve`'s caller. */
function page(render: (request: OidcRequest) => OidcAnswer): OidcRoute {
  return { serve: (request) => new Promise((resolve) => resolve(render(request))) };
}

/** `"METHOD /path"` → route: the model's three POSTs and the browser pages. */
const ROUTES = new Map<string, OidcRoute>([
  [`POST ${OIDC_PATHS.RegisterClient}`, operation("RegisterClient")],
  [`POST ${OIDC_PATHS.StartDeviceAuthorization}`, operation("StartDeviceAuthorization")],
  [`POST ${OIDC_PATHS.CreateToken}`, operation("CreateToken")],
  [`GET ${PAGE_PATHS.device}`, page(devicePage)],
  [`POST ${PAGE_PATHS.device}`, { serve: deviceForm }],
  [`GET ${PAGE_PATHS.authorize}`, page(authorizePage)],
  [`POST ${PAGE_PATHS.authorize}`, { serve: authorizeForm }],
  [`GET ${PAGE_PATHS.start}`, page(startPage)],
]);

export function findOidcRoute(method: string, path: string): OidcRoute | undefined {
  // Trailing slashes are forgiven on pages, as people type them (`/device/`).
  return (
    ROUTES.get(`${method} ${path}`) ??
    (path.length > 1 && path.endsWith("/") ? pageOnly(ROUTES.get(`${method} ${path.slice(0, -1)}`)) : undefined)
  );
}

function pageOnly(route: OidcRoute | undefined): OidcRoute | undefined {
  return route && !route.operation ? route : undefined;
}
