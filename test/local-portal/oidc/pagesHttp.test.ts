// The approval pages over plain HTTP: what a browser gets before it renders anything.
import { afterEach, describe, expect, it } from "vitest";
import { type LocalPortal, createLocalPortal, generateFixture } from "../../../src/local-portal/index.js";
import { oidcErrorOf, pollDevice, register, send, startDevice } from "./helpers.js";

const portals: LocalPortal[] = [];
afterEach(async () => {
  await Promise.all(portals.splice(0).map((portal) => portal.close()));
});
async function portalWith(options: Parameters<typeof createLocalPortal>[0] = {}) {
  const portal = await createLocalPortal(options);
  portals.push(portal);
  return portal;
}

const form = (fields: Record<string, string>) =>
  [new URLSearchParams(fields).toString(), { "content-type": "application/x-www-form-urlencoded" }] as const;

describe("approval pages over HTTP", () => {
  it("are HTML without script, never cached or framed, and say they are the emulator", async () => {
    const portal = await portalWith();
    for (const path of ["/device", "/device/", "/start"]) {
      const page = await send(portal.endpoint, "GET", path);
      expect(page.status, path).toBe(200);
      expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(page.headers["cache-control"]).toBe("no-store");
      expect(page.headers["x-frame-options"]).toBe("DENY");
      expect(page.text).toContain("local IAM Identity Center emulator, not AWS");
      expect(page.text).not.toMatch(/<script/i);
    }
    const start = await send(portal.endpoint, "GET", "/start");
    expect(start.text).toContain(`AWS_ENDPOINT_URL_SSO_OIDC=${portal.endpoint}`);
  });

  it("a form post approves as the picked user; with many users the picker is a text field", async () => {
    const portal = await portalWith({ fixtures: generateFixture({ accounts: 2, rolesPerAccount: 1, users: 250 }) });
    const userId = portal.fixture.users[249].userId;
    const client = await register(portal);
    const device = await startDevice(portal, client);
    const page = await send(portal.endpoint, "GET", `/device?user_code=${device.userCode}`);
    expect(page.text).toContain('<input id="user_id" name="user_id"');
    expect(page.text).not.toContain("<select");
    const approved = await send(
      portal.endpoint,
      "POST",
      "/device",
      ...form({ user_code: device.userCode, user_id: userId, action: "approve" }),
    );
    expect(approved.status).toBe(200);
    expect(approved.text).toContain(`signed in as <strong>${userId}</strong>`);
    expect((await pollDevice(portal, client, device.deviceCode)).status).toBe(200);
  });

  it("a post with an unknown user, no choice or a used code is a 400 page, and nothing is approved", async () => {
    const portal = await portalWith();
    const client = await register(portal);
    const device = await startDevice(portal, client);
    for (const [fields, message] of [
      [
        { user_code: device.userCode, user_id: "mallory", action: "approve" },
        "no user &#34;mallory&#34; in the fixture",
      ],
      [{ user_code: device.userCode, user_id: "alice" }, "choose Allow access or Deny"],
    ] as const) {
      const answer = await send(portal.endpoint, "POST", "/device", ...form(fields));
      expect(answer.status).toBe(400);
      expect(answer.text).toContain(message);
    }
    expect(oidcErrorOf(await pollDevice(portal, client, device.deviceCode)).code).toBe("AuthorizationPendingException");
    portal.approveDevice(device.userCode, "alice");
    const again = await send(
      portal.endpoint,
      "POST",
      "/device",
      ...form({ user_code: device.userCode, user_id: "bob", action: "approve" }),
    );
    expect(again.status).toBe(400);
    expect(again.text).toContain("was already approved");
  });

  it("an authorize form for a request that is unknown or already answered is a 400 page", async () => {
    const portal = await portalWith();
    const answer = await send(
      portal.endpoint,
      "POST",
      "/authorize",
      ...form({ request: "made-up", user_id: "alice", action: "approve" }),
    );
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("expired or was already answered");
    const noClient = await send(
      portal.endpoint,
      "GET",
      "/authorize?response_type=code&client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb",
    );
    expect(noClient.status).toBe(400);
    expect(noClient.headers.location).toBeUndefined();
  });

  it("user input is escaped on the page", async () => {
    const portal = await portalWith();
    const page = await send(
      portal.endpoint,
      "GET",
      `/device?user_code=${encodeURIComponent('<img src=x onerror="alert(1)">')}`,
    );
    expect(page.status).toBe(400);
    expect(page.text).not.toContain("<img");
    expect(page.text).toContain("&#60;img");
  });

  it("--auto-approve sends /authorize straight back with a code", async () => {
    const portal = await portalWith({ autoApprove: "alice" });
    const client = await register(portal, {
      grantTypes: ["authorization_code"],
      redirectUris: ["http://127.0.0.1/cb"],
    });
    const answer = await send(
      portal.endpoint,
      "GET",
      `/authorize?response_type=code&client_id=${client.clientId}&redirect_uri=${encodeURIComponent("http://127.0.0.1:5555/cb")}&state=s1&code_challenge=abc&code_challenge_method=S256`,
    );
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.location!);
    expect(`${location.origin}${location.pathname}`).toBe("http://127.0.0.1:5555/cb");
    expect(location.searchParams.get("state")).toBe("s1");
    expect(location.searchParams.get("code")).toBeTruthy();
  });
});
