import { HttpRequest as __HttpRequest } from "@smithy/protocol-http";
import type { EndpointV2, HttpResponse as __HttpResponse, HeaderBag, QueryParameterBag } from "@smithy/types";

import type {
  GetRoleCredentialsCommandInput,
  GetRoleCredentialsCommandOutput,
} from "../commands/GetRoleCredentialsCommand.js";
import type {
  ListAccountRolesCommandInput,
  ListAccountRolesCommandOutput,
} from "../commands/ListAccountRolesCommand.js";
import type { ListAccountsCommandInput, ListAccountsCommandOutput } from "../commands/ListAccountsCommand.js";
import type { LogoutCommandInput, LogoutCommandOutput } from "../commands/LogoutCommand.js";
import type { AccountInfo, RoleCredentials, RoleInfo } from "../models/models_0.js";
import { type DeserializeContext, drainBody, parseJsonBody } from "./body.js";
import { de_CommandError } from "./errors.js";
import { asIs, isSet, type Members, readList, readLong, readStructure, readTopLevelString } from "./expect.js";
import { deserializeMetadata } from "./metadata.js";
import { optionalInteger, optionalString, requiredHeaderString, requiredString } from "./validate.js";
import { WIRE_NAMES } from "./wireNames.js";

const buildRequest = (
  endpoint: EndpointV2,
  method: "GET" | "POST",
  operationPath: string,
  headers: HeaderBag,
  query?: QueryParameterBag,
  body?: string,
): __HttpRequest => {
  const url = endpoint.url;
  // A custom endpoint may carry a base path (https://host/prefix): keep it.
  const basePath = url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : url.pathname;
  return new __HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    method,
    path: basePath + operationPath,
    headers,
    query,
    body,
  });
};

const tokenHeader = (accessToken: string): HeaderBag => ({ [WIRE_NAMES.accessToken]: accessToken });

/** Only set query members travel; an empty string is sent as `key=`. */
const queryOf = (members: Record<string, string | number | undefined>): QueryParameterBag => {
  const query: QueryParameterBag = {};
  for (const [key, value] of Object.entries(members)) {
    if (value !== undefined) query[key] = String(value);
  }
  return query;
};

export const se_GetRoleCredentialsCommand = (
  input: GetRoleCredentialsCommandInput,
  endpoint: EndpointV2,
): __HttpRequest => {
  const shape = "GetRoleCredentialsRequest";
  const roleName = requiredString(input.roleName, "roleName", shape);
  const accountId = requiredString(input.accountId, "accountId", shape);
  const accessToken = requiredHeaderString(input.accessToken, "accessToken", shape);
  return buildRequest(endpoint, "GET", "/federation/credentials", tokenHeader(accessToken), {
    [WIRE_NAMES.roleName]: roleName,
    [WIRE_NAMES.accountId]: accountId,
  });
};

export const se_ListAccountRolesCommand = (
  input: ListAccountRolesCommandInput,
  endpoint: EndpointV2,
): __HttpRequest => {
  const shape = "ListAccountRolesRequest";
  const nextToken = optionalString(input.nextToken, "nextToken", shape);
  const maxResults = optionalInteger(input.maxResults, "maxResults", shape);
  const accountId = requiredString(input.accountId, "accountId", shape);
  const accessToken = requiredHeaderString(input.accessToken, "accessToken", shape);
  return buildRequest(
    endpoint,
    "GET",
    "/assignment/roles",
    tokenHeader(accessToken),
    queryOf({
      [WIRE_NAMES.nextToken]: nextToken,
      [WIRE_NAMES.maxResults]: maxResults,
      [WIRE_NAMES.accountId]: accountId,
    }),
  );
};

export const se_ListAccountsCommand = (input: ListAccountsCommandInput, endpoint: EndpointV2): __HttpRequest => {
  const shape = "ListAccountsRequest";
  const nextToken = optionalString(input.nextToken, "nextToken", shape);
  const maxResults = optionalInteger(input.maxResults, "maxResults", shape);
  const accessToken = requiredHeaderString(input.accessToken, "accessToken", shape);
  return buildRequest(
    endpoint,
    "GET",
    "/assignment/accounts",
    tokenHeader(accessToken),
    queryOf({ [WIRE_NAMES.nextToken]: nextToken, [WIRE_NAMES.maxResults]: maxResults }),
  );
};

export const se_LogoutCommand = (input: LogoutCommandInput, endpoint: EndpointV2): __HttpRequest => {
  const accessToken = requiredHeaderString(input.accessToken, "accessToken", "LogoutRequest");
  // No payload: an empty body, sent with `content-length: 0`.
  return buildRequest(endpoint, "POST", "/logout", tokenHeader(accessToken), undefined, "");
};

/**
 * The response document of a successful call: a JSON object, or nothing at all. A document that
 * is not an object (an array, a string) has none of the members, as in the SDK; `null` is a
 * TypeError, as it is there.
 */
const readDocument = async (
  response: __HttpResponse,
  context: DeserializeContext,
  sensitive = false,
): Promise<Record<string, unknown>> => {
  const document = await parseJsonBody(response, context, sensitive);
  if (document === null) throw new TypeError("Expected object, got null");
  return typeof document === "object" ? (document as Record<string, unknown>) : {};
};

const isSuccess = (response: __HttpResponse) => response.statusCode >= 200 && response.statusCode < 300;

export const de_GetRoleCredentialsCommand = async (
  response: __HttpResponse,
  context: DeserializeContext,
): Promise<GetRoleCredentialsCommandOutput> => {
  if (!isSuccess(response)) return de_CommandError(response, context);
  const data = await readDocument(response, context, true);
  const output: GetRoleCredentialsCommandOutput = { $metadata: deserializeMetadata(response) };
  const roleCredentials = data.roleCredentials;
  if (isSet(roleCredentials))
    output.roleCredentials = readStructure(roleCredentials, ROLE_CREDENTIALS) as RoleCredentials;
  return output;
};

export const de_ListAccountRolesCommand = async (
  response: __HttpResponse,
  context: DeserializeContext,
): Promise<ListAccountRolesCommandOutput> => {
  if (!isSuccess(response)) return de_CommandError(response, context);
  const data = await readDocument(response, context);
  const output: ListAccountRolesCommandOutput = { $metadata: deserializeMetadata(response) };
  const nextToken = data.nextToken;
  if (isSet(nextToken)) output.nextToken = readTopLevelString(nextToken, context.logger) as string;
  const roleList = data.roleList;
  if (isSet(roleList)) output.roleList = readList(roleList, readRoleInfo) as RoleInfo[];
  return output;
};

export const de_ListAccountsCommand = async (
  response: __HttpResponse,
  context: DeserializeContext,
): Promise<ListAccountsCommandOutput> => {
  if (!isSuccess(response)) return de_CommandError(response, context);
  const data = await readDocument(response, context);
  const output: ListAccountsCommandOutput = { $metadata: deserializeMetadata(response) };
  const nextToken = data.nextToken;
  if (isSet(nextToken)) output.nextToken = readTopLevelString(nextToken, context.logger) as string;
  const accountList = data.accountList;
  if (isSet(accountList)) output.accountList = readList(accountList, readAccountInfo) as AccountInfo[];
  return output;
};

export const de_LogoutCommand = async (
  response: __HttpResponse,
  context: DeserializeContext,
): Promise<LogoutCommandOutput> => {
  if (!isSuccess(response)) return de_CommandError(response, context);
  await drainBody(response, context);
  return { $metadata: deserializeMetadata(response) };
};

// Each shape's members, in model order: built once, not per list entry.
const ACCOUNT_INFO: Members = [
  ["accountId", asIs],
  ["accountName", asIs],
  ["emailAddress", asIs],
];
const ROLE_INFO: Members = [
  ["roleName", asIs],
  ["accountId", asIs],
];
const ROLE_CREDENTIALS: Members = [
  ["accessKeyId", asIs],
  ["secretAccessKey", asIs],
  ["sessionToken", asIs],
  ["expiration", readLong],
];

const readAccountInfo = (value: unknown) => readStructure(value, ACCOUNT_INFO);

const readRoleInfo = (value: unknown) => readStructure(value, ROLE_INFO);
