import type { Directory, Session } from "../directory.js";
import type { NoAccessError } from "../errors.js";
import type { PageTokens } from "../pageTokens.js";

/** What a handler gets: the caller's session, the decoded query and the portal's state. */
export interface OperationContext {
  session: Session;
  query: Record<string, string>;
  directory: Directory;
  pageTokens: PageTokens;
  now: number;
  settings: OperationSettings;
}

export interface OperationSettings {
  defaultPageSize: number;
  credentialDurationSeconds: number;
  noAccessError: NoAccessError;
}

/** A successful answer: 200 and a JSON body, or no body at all. */
export interface OperationResult {
  body?: unknown;
}

/**
 * One operation of the model, one file of this folder: `export const <Operation>: OperationHandler`
 * taking what it needs from the context by these names, under a doc comment of three paragraphs,
 * "<Operation>: what it answers.", "HTTP: <METHOD> <path>, with … ; answers …" (the model's
 * bindings) and "Errors: …" (its own, then the handler's 401 and faults). Listings seal their page
 * tokens with `pageScope(<Operation>, user[, account])`. test/local-portal/operationFiles.test.ts
 * holds every file to this.
 */
export type OperationHandler = (context: OperationContext) => OperationResult;
