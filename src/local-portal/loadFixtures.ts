import { FileRefusedError, readBoundedFile } from "../util/readBoundedFile.js";
import type { PortalFixture } from "./fixtures.js";
import { defaultFixture } from "./fixtures.js";
import { jsonErrorPosition } from "./jsonErrorPosition.js";

/** Far above any useful fixture (a million generated accounts is about 100 MB of JSON). */
const MAX_FIXTURE_BYTES = 256 * 1024 * 1024;

/**
 * Reads a fixture from an object or a JSON file path and checks it, so a typo in a fixture
 * fails at start-up with a clear message instead of as a puzzling 403 later.
 */
export function loadFixtures(source: PortalFixture | string = defaultFixture): PortalFixture {
  const fixture: unknown = typeof source === "string" ? readJson(source) : source;
  validateFixture(fixture);
  return fixture;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readBoundedFile(path, MAX_FIXTURE_BYTES).text;
  } catch (error) {
    if (error instanceof FileRefusedError) throw new Error(`fixture file ${error.message}`, { cause: error });
    const code = (error as { code?: string }).code;
    throw new Error(`cannot read fixture file ${path}${code ? ` (${code})` : ""}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the text, and fixtures hold tokens.
    const { line, column } = jsonErrorPosition(text);
    throw new Error(`fixture file ${path} is not valid JSON (line ${line}, column ${column})`);
  }
}

/** Throws an error naming the first problem unless `value` is a well-formed fixture. */
export function validateFixture(value: unknown): asserts value is PortalFixture {
  const fail = (message: string): never => {
    throw new Error(`invalid portal fixture: ${message}`);
  };
  if (!isObject(value)) fail("expected an object with accounts and users");
  const { accounts, users } = value as Record<string, unknown>;
  if (!Array.isArray(accounts)) fail("accounts must be an array");
  if (!Array.isArray(users)) fail("users must be an array");

  const accountIds = new Set<string>();
  (accounts as unknown[]).forEach((account, i) => {
    if (!isObject(account)) return fail(`accounts[${i}] must be an object`);
    for (const key of ["accountId", "accountName", "emailAddress"]) {
      if (typeof account[key] !== "string") fail(`accounts[${i}].${key} must be a string`);
    }
    const id = account.accountId as string;
    if (accountIds.has(id)) fail(`account ${id} is listed twice`);
    accountIds.add(id);
  });

  const tokens = new Set<string>();
  (users as unknown[]).forEach((user, i) => {
    if (!isObject(user)) return fail(`users[${i}] must be an object`);
    if (typeof user.userId !== "string") fail(`users[${i}].userId must be a string`);
    if (!Array.isArray(user.accessTokens)) fail(`users[${i}].accessTokens must be an array`);
    if (!Array.isArray(user.assignments)) fail(`users[${i}].assignments must be an array`);
    (user.accessTokens as unknown[]).forEach((entry, j) => {
      const token = typeof entry === "string" ? entry : isObject(entry) ? entry.token : undefined;
      if (typeof token !== "string" || token === "") fail(`users[${i}].accessTokens[${j}] needs a token string`);
      if (isObject(entry) && entry.expiresAt !== undefined && Number.isNaN(toEpochMillis(entry.expiresAt))) {
        fail(`users[${i}].accessTokens[${j}].expiresAt must be epoch milliseconds or an ISO date`);
      }
      // The token itself is not named: a fixture may hold someone's real one by mistake.
      if (tokens.has(token as string)) fail(`users[${i}].accessTokens[${j}] repeats a token given earlier`);
      tokens.add(token as string);
    });
    (user.assignments as unknown[]).forEach((assignment, j) => {
      if (!isObject(assignment)) return fail(`users[${i}].assignments[${j}] must be an object`);
      if (!accountIds.has(assignment.accountId as string)) {
        fail(`users[${i}].assignments[${j}] names account ${String(assignment.accountId)}, which is not in accounts`);
      }
      const roles = assignment.roleNames;
      if (!Array.isArray(roles) || roles.some((role) => typeof role !== "string")) {
        fail(`users[${i}].assignments[${j}].roleNames must be an array of strings`);
      }
    });
  });
}

/** NaN when the value is neither a finite number nor a parseable date. */
export function toEpochMillis(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string") return Date.parse(value);
  return NaN;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
