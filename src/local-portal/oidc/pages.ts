import { readBody, htmlAnswer, redirectAnswer, type OidcAnswer } from "./http.js";
import { approveDenyButtons, escapeHtml, layout, userPicker } from "./html.js";
import type { OidcRequest } from "./routes.js";
import type { OidcService } from "./service.js";
import { PAGE_PATHS } from "./wire.js";

/** The form fields of a page post (`application/x-www-form-urlencoded`), first value wins. */
async function formFields(request: OidcRequest): Promise<URLSearchParams | undefined> {
  const text = await readBody(request.req);
  return text === undefined ? undefined : new URLSearchParams(text);
}

function deviceFormHtml(oidc: OidcService, userCode: string, userId: string | undefined, message?: string): string {
  const notice = message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : "";
  return `${notice}
<p>An application asked to sign in to this portal. Check that the code below is the one it shows you, pick who to sign in as, and allow or deny it.</p>
<form method="post" action="${PAGE_PATHS.device}">
<label for="user_code">Code</label>
<input id="user_code" class="code" name="user_code" required autocomplete="off" autocapitalize="characters" placeholder="ABCD-EFGH" value="${escapeHtml(userCode)}">
${userPicker(oidc.userIds, userId)}
${approveDenyButtons}
</form>`;
}

/** GET `verificationUri`: enter or confirm the user code. */
export function devicePage({ query, oidc, now }: OidcRequest): OidcAnswer {
  const userCode = query.user_code ?? "";
  if (userCode === "") return htmlAnswer(200, layout("Authorize request", deviceFormHtml(oidc, "", undefined)));
  try {
    const device = oidc.devices.pending(userCode, now);
    const intro = `<p><strong>${escapeHtml(device.clientName)}</strong> is asking to sign in.</p>`;
    return htmlAnswer(200, layout("Authorize request", intro + deviceFormHtml(oidc, device.userCode, undefined)));
  } catch (error) {
    return htmlAnswer(400, layout("Authorize request", deviceFormHtml(oidc, "", undefined, (error as Error).message)));
  }
}

/** POST from the device page: approve or deny the code as the picked user. */
export async function deviceForm(request: OidcRequest): Promise<OidcAnswer> {
  const { oidc, now } = request;
  const fields = await formFields(request);
  const userCode = fields?.get("user_code") ?? "";
  const userId = fields?.get("user_id") ?? undefined;
  const action = fields?.get("action");
  try {
    if (!fields) throw new Error("the form was too large");
    if (action === "deny") {
      oidc.denyDevice(userCode, now);
      return htmlAnswer(
        200,
        layout(
          "Request denied",
          `<p class="done" role="status">Request denied. The application will not be signed in. You can close this window.</p>`,
        ),
      );
    }
    if (action !== "approve") throw new Error("choose Allow access or Deny");
    if (!userId) throw new Error("choose who to sign in as");
    oidc.approveDevice(userCode, userId, now);
    return htmlAnswer(
      200,
      layout(
        "Request approved",
        `<p class="done" role="status">Request approved: signed in as <strong>${escapeHtml(userId)}</strong>. You can close this window and return to your application.</p>`,
      ),
    );
  } catch (error) {
    return htmlAnswer(
      400,
      layout("Authorize request", deviceFormHtml(oidc, userCode, userId, (error as Error).message)),
    );
  }
}

/** GET `/authorize`: the browser flow's approval page, or straight back to the client. */
export function authorizePage({ query, oidc, now }: OidcRequest): OidcAnswer {
  const outcome = oidc.authCodes.begin(query, oidc.clients, now, oidc.settings.authorizationCodeSeconds);
  if (outcome.kind === "redirect") return redirectAnswer(outcome.location);
  if (outcome.kind === "error") {
    return htmlAnswer(
      400,
      layout("Cannot sign in", `<p class="error" role="alert">${escapeHtml(outcome.message)}</p>`),
    );
  }
  const { request } = outcome;
  if (oidc.settings.autoApprove !== undefined) {
    return redirectAnswer(
      oidc.authCodes.approve(request, oidc.settings.autoApprove, now, oidc.settings.authorizationCodeSeconds),
    );
  }
  const scopes = request.scopes.length
    ? `<p>Requested access: ${request.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(", ")}</p>`
    : "";
  return htmlAnswer(
    200,
    layout(
      "Allow access?",
      `<p><strong>${escapeHtml(request.clientName)}</strong> is asking to sign in. You will be sent back to it afterwards.</p>
${scopes}
<form method="post" action="${PAGE_PATHS.authorize}">
<input type="hidden" name="request" value="${escapeHtml(request.id)}">
${userPicker(oidc.userIds, undefined)}
${approveDenyButtons}
</form>`,
    ),
  );
}

/** POST from the authorize page: redirect back with a code, or with `access_denied`. */
export async function authorizeForm(request: OidcRequest): Promise<OidcAnswer> {
  const { oidc, now } = request;
  const fields = await formFields(request);
  const pending = oidc.authCodes.request(fields?.get("request") ?? "", now);
  if (!pending) {
    return htmlAnswer(
      400,
      layout(
        "Cannot sign in",
        `<p class="error" role="alert">This sign-in request has expired or was already answered. Start again from your application.</p>`,
      ),
    );
  }
  if (fields?.get("action") === "deny") return redirectAnswer(oidc.authCodes.deny(pending));
  const userId = fields?.get("user_id") ?? "";
  if (fields?.get("action") !== "approve" || !oidc.userIds.includes(userId)) {
    return htmlAnswer(
      400,
      layout("Cannot sign in", `<p class="error" role="alert">Choose a fixture user and Allow access or Deny.</p>`),
    );
  }
  return redirectAnswer(oidc.authCodes.approve(pending, userId, now, oidc.settings.authorizationCodeSeconds));
}

/** The default start URL: says what it is and how to sign in. */
export function startPage({ oidc }: OidcRequest): OidcAnswer {
  const endpoint = escapeHtml(oidc.endpoint);
  return htmlAnswer(
    200,
    layout(
      "Start URL",
      `<p>This is the start URL of the local emulator. Sign in from a tool pointed at it, for example:</p>
<pre>AWS_ENDPOINT_URL_SSO=${endpoint}
AWS_ENDPOINT_URL_SSO_OIDC=${endpoint}</pre>
<p>Users: ${oidc.userIds
        .slice(0, 50)
        .map((id) => `<code>${escapeHtml(id)}</code>`)
        .join(", ")}</p>`,
    ),
  );
}
