// The approval pages in a real browser: headless Chromium (Debian's package, driven by
// playwright-core) with JavaScript turned off, since the pages must work without it.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal } from "../../../src/local-portal/index.js";
import { call } from "../helpers.js";
import { oidcErrorOf, pkce, pollDevice, post, register, startDevice } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";

let browser: Browser;
let context: BrowserContext;
let portal: LocalPortal;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package to run the approval-page tests`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  portal = await createLocalPortal();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterEach(async () => {
  await context.close();
  await portal.close();
});

const accountsOf = async (accessToken: string) =>
  (await call(portal.endpoint, "/assignment/accounts", { token: accessToken })).json.accountList.map(
    (a: { accountId: string }) => a.accountId,
  );

describe("the device approval page", () => {
  it("opened from verificationUriComplete: confirm the code, pick a user, approve; the poll then succeeds", async () => {
    const client = await register(portal, { clientName: "my-test-cli" });
    const device = await startDevice(portal, client);
    const page = await context.newPage();
    const response = await page.goto(device.verificationUriComplete);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("note").textContent()).resolves.toContain(
      "local IAM Identity Center emulator, not AWS",
    );
    await expect(page.title()).resolves.toContain("local IAM Identity Center emulator");
    await expect(page.locator("main").textContent()).resolves.toContain("my-test-cli is asking to sign in");
    await expect(page.getByLabel("Code").inputValue()).resolves.toBe(device.userCode);
    expect(oidcErrorOf(await pollDevice(portal, client, device.deviceCode)).code).toBe("AuthorizationPendingException");

    await page.getByLabel("Sign in as").selectOption("bob");
    await page.getByRole("button", { name: "Allow access" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("Request approved: signed in as bob");

    const granted = await pollDevice(portal, client, device.deviceCode);
    expect(granted.status).toBe(200);
    await expect(accountsOf(granted.json.accessToken)).resolves.toEqual(["777788889999"]);
  });

  it("opened from verificationUri: the code typed by hand, in any case and without the hyphen", async () => {
    const client = await register(portal);
    const device = await startDevice(portal, client);
    const page = await context.newPage();
    await page.goto(device.verificationUri);
    await expect(page.getByLabel("Code").inputValue()).resolves.toBe("");
    await page.getByLabel("Code").fill(device.userCode.replace("-", "").toLowerCase());
    await page.getByLabel("Sign in as").selectOption("alice");
    await page.getByRole("button", { name: "Allow access" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("signed in as alice");
    const granted = await pollDevice(portal, client, device.deviceCode);
    await expect(accountsOf(granted.json.accessToken)).resolves.toEqual(["111122223333", "444455556666"]);
  });

  it("deny: the poll gets access_denied", async () => {
    const client = await register(portal);
    const device = await startDevice(portal, client);
    const page = await context.newPage();
    await page.goto(device.verificationUriComplete);
    await page.getByRole("button", { name: "Deny" }).click();
    await expect(page.getByRole("status").textContent()).resolves.toContain("Request denied");
    expect(oidcErrorOf(await pollDevice(portal, client, device.deviceCode))).toMatchObject({
      code: "AccessDeniedException",
      error: "access_denied",
    });
  });

  it("a wrong code shows why, and the form again", async () => {
    const page = await context.newPage();
    await page.goto(`${portal.endpoint}/device`);
    await page.getByLabel("Code").fill("BCDF-GHJK");
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Allow access" }).click();
    expect((await answer).status()).toBe(400);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("no device authorization has the user code");
    await expect(page.getByLabel("Code").isVisible()).resolves.toBe(true);
  });
});

describe("the authorization-code flow with PKCE", () => {
  let callback: Server;
  let redirectUri: string;
  const received: URLSearchParams[] = [];

  beforeAll(async () => {
    // Plays the CLI's loopback listener: records the redirect's query and says done.
    callback = createServer((req, res) => {
      // Chromium also asks for /favicon.ico: only the redirect counts.
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/oauth/callback") received.push(url.searchParams);
      res.writeHead(200, { "content-type": "text/plain" }).end("You can close this window.");
    });
    await new Promise<void>((resolve) => callback.listen(0, "127.0.0.1", resolve));
    redirectUri = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/oauth/callback`;
  });
  afterAll(async () => {
    await new Promise((resolve) => callback.close(resolve));
  });

  async function authorizeUrl(state: string) {
    // As the AWS CLI does: the loopback redirect URI is registered without the port it then uses.
    const client = await register(portal, {
      clientName: "browser-cli",
      grantTypes: ["authorization_code", "refresh_token"],
      redirectUris: [redirectUri.replace(/:\d+\//, "/")],
      scopes: ["sso:account:access"],
    });
    const { verifier, challenge } = pkce();
    const query = new URLSearchParams({
      response_type: "code",
      client_id: client.clientId,
      redirect_uri: redirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
      scopes: "sso:account:access",
    });
    return { client, verifier, url: `${portal.endpoint}/authorize?${query}` };
  }

  it("approve on the page, the browser lands on redirect_uri with code and state, the code buys tokens", async () => {
    const { client, verifier, url } = await authorizeUrl("state-123");
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator("main").textContent()).resolves.toContain("browser-cli is asking to sign in");
    await expect(page.locator("main").textContent()).resolves.toContain("sso:account:access");
    await page.getByLabel("Sign in as").selectOption("bob");
    await page.getByRole("button", { name: "Allow access" }).click();
    await page.waitForURL((landed) => landed.href.startsWith(redirectUri));
    await expect(page.textContent("body")).resolves.toContain("You can close this window.");
    const params = received.at(-1)!;
    expect(params.get("state")).toBe("state-123");
    const code = params.get("code")!;
    expect(code.length).toBeGreaterThan(20);

    const exchange = (codeVerifier: string) =>
      post(portal, "/token", { ...client, grantType: "authorization_code", code, redirectUri, codeVerifier });
    const granted = await exchange(verifier);
    expect(granted.status).toBe(200);
    expect(granted.json).toMatchObject({ tokenType: "Bearer", expiresIn: 3600 });
    await expect(accountsOf(granted.json.accessToken)).resolves.toEqual(["777788889999"]);
    // The code works once.
    expect(oidcErrorOf(await exchange(verifier))).toMatchObject({
      status: 400,
      code: "InvalidGrantException",
      error: "invalid_grant",
    });
  });

  it("a wrong code verifier or redirect URI is invalid_grant", async () => {
    for (const mistake of ["verifier", "redirect"] as const) {
      const { client, verifier, url } = await authorizeUrl(`s-${mistake}`);
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole("button", { name: "Allow access" }).click();
      await page.waitForURL((landed) => landed.href.startsWith(redirectUri));
      const code = received.at(-1)!.get("code")!;
      const answer = await post(portal, "/token", {
        ...client,
        grantType: "authorization_code",
        code,
        redirectUri: mistake === "redirect" ? `${redirectUri}/other` : redirectUri,
        codeVerifier: mistake === "verifier" ? pkce().verifier : verifier,
      });
      expect(oidcErrorOf(answer), mistake).toMatchObject({ status: 400, code: "InvalidGrantException" });
    }
  });

  it("deny: back to redirect_uri with error=access_denied and the state", async () => {
    const { url } = await authorizeUrl("state-deny");
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Deny" }).click();
    await page.waitForURL((landed) => landed.href.startsWith(redirectUri));
    const params = received.at(-1)!;
    expect(params.get("error")).toBe("access_denied");
    expect(params.get("state")).toBe("state-deny");
    expect(params.get("code")).toBeNull();
  });

  it("an unregistered redirect_uri gets an error page, never a redirect there", async () => {
    const { url } = await authorizeUrl("s");
    const page = await context.newPage();
    for (const other of [
      "http://127.0.0.1:1/evil",
      "http://192.0.2.1/oauth/callback",
      "https://127.0.0.1/oauth/callback",
    ]) {
      const response = await page.goto(url.replace(encodeURIComponent(redirectUri), encodeURIComponent(other)));
      expect(response?.status(), other).toBe(400);
    }
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "redirect_uri is not one of the client's registered redirectUris",
    );
  });

  it("a request without S256 goes back to the client as invalid_request", async () => {
    const { url } = await authorizeUrl("s-plain");
    const page = await context.newPage();
    await page.goto(url.replace("code_challenge_method=S256", "code_challenge_method=plain"));
    await page.waitForURL((landed) => landed.href.startsWith(redirectUri));
    expect(received.at(-1)!.get("error")).toBe("invalid_request");
    expect(received.at(-1)!.get("state")).toBe("s-plain");
  });
});
