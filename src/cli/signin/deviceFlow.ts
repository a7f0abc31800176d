import { CreateTokenCommand, type CreateTokenCommandOutput } from "../../oidc/commands/CreateTokenCommand.js";
import { StartDeviceAuthorizationCommand } from "../../oidc/commands/StartDeviceAuthorizationCommand.js";
import type { SSOOIDCClient } from "../../oidc/SSOOIDCClient.js";
import { CliError, interruptedError } from "../../util/args/index.js";
import type { CliStream } from "../io.js";
import type { Registration } from "./registration.js";

export interface FlowContext {
  client: SSOOIDCClient;
  registration: Registration;
  startUrl: string;
  stderr: CliStream;
  /** Opens the URL in a browser; false when none could be opened. */
  open: ((url: string) => Promise<boolean>) | undefined;
  signal?: AbortSignal;
  /** Collects secrets, so no error line can print them. */
  secrets: string[];
  /** Waits between polls (tests pass their own clock); default a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const timerSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(interruptedError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(interruptedError())), { once: true });
  });

/** Extra wait after each `slow_down`, as RFC 8628 3.5 asks. */
const SLOW_DOWN_STEP_MS = 5_000;

/**
 * The device-code flow (RFC 8628): shows the verification URL and user code, opens the browser
 * where possible, then polls CreateToken every `interval` seconds until the user approves,
 * waiting longer after each `slow_down`, and stopping on expiry or denial.
 */
export async function deviceFlow(context: FlowContext): Promise<CreateTokenCommandOutput> {
  const { client, registration, stderr } = context;
  const started = Date.now();
  const authorization = await client.send(
    new StartDeviceAuthorizationCommand({
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      startUrl: context.startUrl,
    }),
  );
  const { deviceCode, userCode, verificationUri, verificationUriComplete } = authorization;
  if (!deviceCode || !(verificationUriComplete || verificationUri)) {
    throw new Error("StartDeviceAuthorization answered without a device code or verification URL");
  }
  context.secrets.push(deviceCode);
  const url = verificationUriComplete ?? verificationUri!;
  const opened = context.open ? await context.open(url) : false;
  stderr.write(
    `${opened ? "A browser was opened to sign in; if it did not show the page, open" : "To sign in, open"}: ${url}\n` +
      (userCode ? `and check that it shows the code: ${userCode}\n` : ""),
  );
  let intervalMs = (authorization.interval ?? 5) * 1000;
  const deadline = started + (authorization.expiresIn ?? 600) * 1000;
  for (;;) {
    await (context.sleep ?? timerSleep)(intervalMs, context.signal);
    try {
      return await client.send(
        new CreateTokenCommand({
          clientId: registration.clientId,
          clientSecret: registration.clientSecret,
          grantType: "urn:ietf:params:oauth:grant-type:device_code",
          deviceCode,
        }),
        { abortSignal: context.signal },
      );
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "AuthorizationPendingException") {
        if (Date.now() >= deadline)
          throw new CliError("the sign-in code expired before it was approved; run client-sso login again");
        continue;
      }
      if (name === "SlowDownException") {
        intervalMs += SLOW_DOWN_STEP_MS;
        continue;
      }
      if (name === "ExpiredTokenException") {
        throw new CliError("the sign-in code expired before it was approved; run client-sso login again");
      }
      if (name === "AccessDeniedException") throw new CliError("the sign-in was denied");
      throw error;
    }
  }
}
