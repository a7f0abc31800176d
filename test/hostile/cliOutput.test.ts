// `client-sso roles` with hostile names and messages, huge listings and wide characters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { displayWidth } from "../../src/cli/terminalText.js";
import { createLocalPortal, type LocalPortal, type PortalFixture } from "../../src/local-portal/index.js";
import { run } from "../cli/helpers.js";
import { sendJson, startHostilePortal } from "./hostilePortal.js";

/** What a terminal must never receive raw: C0 but newline, DEL, C1, bidi controls, line separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole purpose
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_NAMES = [
  "\u001b]0;pwned\u0007Title", // OSC: retitles the window
  "\u001b[2J\u001b[HCleared", // clears the screen
  "Hidden\u001b[8mtext\u001b[0m", // invisible text
  "Over\rwritten", // bare CR
  "Dev\n999999999999  Forged  AdministratorAccess", // a newline forging a row
  "\u202eevil\u202c", // bidi override
  "C1\u009b31mred", // C1 CSI
  "del\u007f",
  '=HYPERLINK("http://x")', // formulas
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\tTabbed",
  "\rReturn",
];

const fixture: PortalFixture = {
  accounts: HOSTILE_NAMES.map((name, i) => ({
    accountId: String(100_000_000_000 + i),
    accountName: name,
    emailAddress: `${name}@example.com`,
  })),
  users: [
    {
      userId: "u",
      accessTokens: ["t"],
      assignments: HOSTILE_NAMES.map((name, i) => ({ accountId: String(100_000_000_000 + i), roleNames: [name] })),
    },
  ],
};

let portal: LocalPortal;
beforeAll(async () => {
  portal = await createLocalPortal({ fixtures: fixture });
});
afterAll(() => portal.close());

const roles = (...flags: string[]) =>
  run(["roles", "--access-token", "t", "--endpoint-url", portal.endpoint, "--rate", "10000", ...flags]);

describe("terminal injection", () => {
  it("the table escapes every control character: one line per row, nothing raw", async () => {
    const { code, out } = await roles();
    expect(code).toBe(0);
    expect(out).not.toMatch(RAW_CONTROL);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + HOSTILE_NAMES.length);
    expect(out).not.toMatch(/^999999999999/m);
    expect(out).toContain("\\x1b]0;pwned\\x07Title");
    expect(out).toContain("Dev\\x0a999999999999  Forged");
    expect(out).toContain("\\u202eevil\\u202c");
    expect(out).toContain("C1\\x9b31mred");
  });

  it("CSV escapes control characters and neutralises formulas (OWASP); --csv-formulas keeps them", async () => {
    const { code, out } = await roles("--output", "csv");
    expect(code).toBe(0);
    expect(out).not.toMatch(RAW_CONTROL);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + HOSTILE_NAMES.length);
    for (const line of lines.slice(1)) {
      const name = line.split(",")[1];
      // A spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula.
      expect(name).not.toMatch(/^"?[=+\-@\t\r]/);
    }
    expect(out).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(out).toContain("'+1+1");
    expect(out).toContain("'-2+3");
    expect(out).toContain("'@SUM(A1)");
    expect(out).toContain("'\\x09Tabbed");
    const raw = await roles("--output", "csv", "--csv-formulas");
    expect(raw.out).toContain(`"=HYPERLINK(""http://x"")"`);
    expect(raw.out).toMatch(/^100000000009,\+1\+1,/m);
    expect(raw.out).not.toMatch(RAW_CONTROL);
  });

  it("JSON stays exact JSON: the same values when parsed, no raw control character on the terminal", async () => {
    const { code, out } = await roles("--output", "json");
    expect(code).toBe(0);
    expect(out).not.toMatch(RAW_CONTROL);
    const rows = JSON.parse(out) as Array<{ accountName: string; roleName: string }>;
    expect(rows.map((row) => row.accountName)).toEqual(HOSTILE_NAMES);
    expect(rows.map((row) => row.roleName)).toEqual(HOSTILE_NAMES);
  });

  it("a server error message is escaped on stderr: one line, no raw control character", async () => {
    const hostile = await startHostilePortal((_req, res) =>
      sendJson(
        res,
        400,
        { message: "bad\u001b]0;owned\u0007\nclient-sso: forged second line\r\u202e" },
        "InvalidRequestException",
      ),
    );
    try {
      const { code, err, out } = await run([
        "roles",
        "--access-token",
        "hostile-test-token",
        "--endpoint-url",
        hostile.endpoint,
      ]);
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).not.toMatch(RAW_CONTROL);
      expect(err.split("\n")).toEqual([
        "client-sso: InvalidRequestException: bad\\x1b]0;owned\\x07\\x0aclient-sso: forged second line\\x0d\\u202e",
        "",
      ]);
    } finally {
      await hostile.close();
    }
  });
});

describe("size and width", () => {
  it("the default table prints 150,000 rows (it used to overflow the stack at about that size)", async () => {
    const accounts = 1000;
    const roleNames = Array.from({ length: 150 }, (_, i) => `Role${i}`);
    const big = await createLocalPortal({
      fixtures: {
        accounts: Array.from({ length: accounts }, (_, i) => ({
          accountId: String(200_000_000_000 + i),
          accountName: `A${i}`,
          emailAddress: `a${i}@example.com`,
        })),
        users: [
          {
            userId: "u",
            accessTokens: ["t"],
            assignments: Array.from({ length: accounts }, (_, i) => ({
              accountId: String(200_000_000_000 + i),
              roleNames,
            })),
          },
        ],
      },
    });
    try {
      const { code, out, err } = await run([
        "roles",
        "--access-token",
        "t",
        "--endpoint-url",
        big.endpoint,
        "--rate",
        "100000",
        "--concurrency",
        "32",
      ]);
      expect(err).toBe("");
      expect(code).toBe(0);
      const lines = out.trimEnd().split("\n");
      expect(lines).toHaveLength(1 + 150_000);
      expect(lines.at(-1)).toBe("200000000999  A999          Role149");
    } finally {
      await big.close();
    }
  }, 60_000);

  it("aligns columns by display width: CJK characters take two columns", async () => {
    const wide = await createLocalPortal({
      fixtures: {
        accounts: [
          { accountId: "111111111111", accountName: "開発アカウント", emailAddress: "dev@example.com" },
          { accountId: "222222222222", accountName: "prod", emailAddress: "prod@example.com" },
          { accountId: "333333333333", accountName: "Ünïcödé e\u0301", emailAddress: "u@example.com" },
        ],
        users: [
          {
            userId: "u",
            accessTokens: ["t"],
            assignments: ["111111111111", "222222222222", "333333333333"].map((accountId) => ({
              accountId,
              roleNames: ["管理者"],
            })),
          },
        ],
      },
    });
    try {
      const { code, out } = await run(["roles", "--access-token", "t", "--endpoint-url", wide.endpoint]);
      expect(code).toBe(0);
      const lines = out.trimEnd().split("\n");
      // The ROLE column starts at the same terminal column on every line.
      const roleColumn = (line: string, role: string) => displayWidth(line.slice(0, line.lastIndexOf(role)));
      expect(roleColumn(lines[0], "ROLE")).toBe(12 + 2 + 14 + 2);
      for (const line of lines.slice(1)) expect(roleColumn(line, "管理者")).toBe(12 + 2 + 14 + 2);
    } finally {
      await wide.close();
    }
  });
});
