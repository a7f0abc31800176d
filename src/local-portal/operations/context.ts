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

export type OperationHandler = (context: OperationContext) => OperationResult;
