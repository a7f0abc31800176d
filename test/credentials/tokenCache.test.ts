import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { withFileLock } from "../../src/credentials/fileLock.js";
import {
  parseTokenFile,
  readTokenFile,
  serializeToken,
  tokenFilePath,
  writeTokenFile,
} from "../../src/credentials/tokenCache.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "client-sso-token-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("token files", () => {
  it("are named by the SHA-1 of the session name or start URL, under ~/.aws/sso/cache", () => {
    // sha1("my-sso") and sha1("https://example.awsapps.com/start"), as the AWS CLI names them.
    // The digests as Python's hashlib computes them.
    expect(tokenFilePath("my-sso", { HOME: "/h" })).toBe(
      "/h/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json",
    );
    expect(tokenFilePath("https://example.awsapps.com/start", { HOME: "/h" })).toBe(
      "/h/.aws/sso/cache/e8be5486177c5b5392bd9aa76563515b29358e6e.json",
    );
  });

  it("are written in the AWS CLI's member order and time format, atomically, mode 0600", async () => {
    const path = join(dir, "sso", "cache", "t.json");
    await writeTokenFile(path, {
      startUrl: "https://example.awsapps.com/start",
      region: "us-east-1",
      accessToken: "access",
      expiresAt: new Date("2030-01-02T03:04:05.678Z"),
      clientId: "id",
      clientSecret: "secret",
      registrationExpiresAt: new Date("2030-03-01T00:00:00Z"),
      refreshToken: "refresh",
    });
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
      startUrl: "https://example.awsapps.com/start",
      region: "us-east-1",
      accessToken: "access",
      expiresAt: "2030-01-02T03:04:05Z",
      clientId: "id",
      clientSecret: "secret",
      registrationExpiresAt: "2030-03-01T00:00:00Z",
      refreshToken: "refresh",
    });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "sso", "cache")).mode & 0o777).toBe(0o700);
    expect((await readTokenFile(path)).expiresAt.toISOString()).toBe("2030-01-02T03:04:05.000Z");
  });

  it("read what other tools write: milliseconds, a UTC suffix, no registration", () => {
    expect(parseTokenFile('{"accessToken":"a","expiresAt":"2030-01-01T00:00:00.123Z"}', "f").expiresAt.getTime()).toBe(
      Date.UTC(2030, 0, 1, 0, 0, 0, 123),
    );
    expect(parseTokenFile('{"accessToken":"a","expiresAt":"2030-01-01T00:00:00UTC"}', "f").expiresAt.getTime()).toBe(
      Date.UTC(2030, 0, 1),
    );
    expect(serializeToken(parseTokenFile('{"accessToken":"a","expiresAt":"2030-01-01T00:00:00Z"}', "f"))).toBe(
      '{"accessToken":"a","expiresAt":"2030-01-01T00:00:00Z"}',
    );
  });

  it("a malformed file is named, its content never quoted", () => {
    const secret = "aoaSECRET-token-value";
    for (const text of [`{"accessToken":"${secret}"`, `{"accessToken":"${secret}"}`, `["${secret}"]`]) {
      let message = "";
      try {
        parseTokenFile(text, "/cache/x.json");
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain("/cache/x.json");
      expect(message).not.toContain(secret);
    }
  });
});

describe("withFileLock", () => {
  it("runs one holder at a time and removes the lock", async () => {
    const path = join(dir, "t.json");
    const order: string[] = [];
    const holder = (name: string) =>
      withFileLock(
        path,
        async () => {
          order.push(`${name} in`);
          await new Promise((resolve) => setTimeout(resolve, 30));
          order.push(`${name} out`);
        },
        { pollMs: 5 },
      );
    await Promise.all([holder("a"), holder("b")]);
    // Either may win the race for the lock (the file system decides); the other waits for it.
    const first = order[0]?.[0] === "b" ? "b" : "a";
    const second = first === "a" ? "b" : "a";
    expect(order).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("takes over a lock a crashed process left behind", async () => {
    const path = join(dir, "t.json");
    writeFileSync(`${path}.lock`, "12345\n");
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    await expect(withFileLock(path, async () => "done", { pollMs: 5 })).resolves.toBe("done");
  });

  it("gives up after the wait when a live holder keeps it", async () => {
    const path = join(dir, "t.json");
    writeFileSync(`${path}.lock`, "12345\n");
    await expect(withFileLock(path, async () => "done", { waitMs: 50, pollMs: 5 })).rejects.toThrow(
      /timed out waiting for the lock/,
    );
  });
});
