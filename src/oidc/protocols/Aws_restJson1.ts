import { HttpRequest as __HttpRequest } from "@smithy/protocol-http";
import type { EndpointV2, HttpResponse as __HttpResponse } from "@smithy/types";

import { type DeserializeContext, parseJsonBody } from "../../protocols/body.js";
import { expectLong, expectObject, expectString } from "../../protocols/expect.js";
import { deserializeMetadata } from "../../protocols/metadata.js";
import type { CreateTokenCommandInput, CreateTokenCommandOutput } from "../commands/CreateTokenCommand.js";
import type { RegisterClientCommandInput, RegisterClientCommandOutput } from "../commands/RegisterClientCommand.js";
import type {
  StartDeviceAuthorizationCommandInput,
  StartDeviceAuthorizationCommandOutput,
} from "../commands/StartDeviceAuthorizationCommand.js";
import { de_CommandError } from "./errors.js";
import { bodyString, bodyStringList } from "./validate.js";

/** A POST of a JSON document to one of the service's paths (a custom endpoint's base path kept). */
const postJson = (endpoint: EndpointV2, operationPath: string, document: Record<string, unknown>): __HttpRequest => {
  const url = endpoint.url;
  const basePath = url.pathname.endsWith("/") ? url.pathname.slice(0, -1) : url.pathname;
  // Unset members are left out, as the reference serializer does.
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (value !== undefined) body[key] = value;
  return new __HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    method: "POST",
    path: basePath + operationPath,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
};

export const se_RegisterClientCommand = (input: RegisterClientCommandInput, endpoint: EndpointV2): __HttpRequest => {
  const shape = "RegisterClientRequest";
  return postJson(endpoint, "/client/register", {
    clientName: bodyString(input.clientName, "clientName", shape, true),
    clientType: bodyString(input.clientType, "clientType", shape, true),
    entitledApplicationArn: bodyString(input.entitledApplicationArn, "entitledApplicationArn", shape),
    grantTypes: bodyStringList(input.grantTypes, "grantTypes", shape),
    issuerUrl: bodyString(input.issuerUrl, "issuerUrl", shape),
    redirectUris: bodyStringList(input.redirectUris, "redirectUris", shape),
    scopes: bodyStringList(input.scopes, "scopes", shape),
  });
};

export const se_StartDeviceAuthorizationCommand = (
  input: StartDeviceAuthorizationCommandInput,
  endpoint: EndpointV2,
): __HttpRequest => {
  const shape = "StartDeviceAuthorizationRequest";
  return postJson(endpoint, "/device_authorization", {
    clientId: bodyString(input.clientId, "clientId", shape, true),
    clientSecret: bodyString(input.clientSecret, "clientSecret", shape, true),
    startUrl: bodyString(input.startUrl, "startUrl", shape, true),
  });
};

export const se_CreateTokenCommand = (input: CreateTokenCommandInput, endpoint: EndpointV2): __HttpRequest => {
  const shape = "CreateTokenRequest";
  return postJson(endpoint, "/token", {
    clientId: bodyString(input.clientId, "clientId", shape, true),
    clientSecret: bodyString(input.clientSecret, "clientSecret", shape, true),
    code: bodyString(input.code, "code", shape),
    codeVerifier: bodyString(input.codeVerifier, "codeVerifier", shape),
    deviceCode: bodyString(input.deviceCode, "deviceCode", shape),
    grantType: bodyString(input.grantType, "grantType", shape, true),
    redirectUri: bodyString(input.redirectUri, "redirectUri", shape),
    refreshToken: bodyString(input.refreshToken, "refreshToken", shape),
    scope: bodyStringList(input.scope, "scope", shape),
  });
};

const isSuccess = (response: __HttpResponse) => response.statusCode >= 200 && response.statusCode < 300;

type Members = readonly (readonly [name: string, read: (v: unknown) => unknown])[];

/** Only the modeled members, each type-checked; unknown and null members are dropped. */
const pick = (value: Record<string, unknown>, members: Members): Record<string, unknown> => {
  const result: Record<string, unknown> = {};
  for (const [name, read] of members) {
    const member = value[name];
    if (member != null) result[name] = read(member);
  }
  return result;
};

const expectInteger = (value: unknown): number => {
  const number = expectLong(value);
  if (number > 2 ** 31 - 1 || number < -(2 ** 31)) throw new TypeError("Expected integer, got a number out of range");
  return number;
};

const REGISTER_CLIENT: Members = [
  ["authorizationEndpoint", expectString],
  ["clientId", expectString],
  ["clientIdIssuedAt", expectLong],
  ["clientSecret", expectString],
  ["clientSecretExpiresAt", expectLong],
  ["tokenEndpoint", expectString],
];
const START_DEVICE_AUTHORIZATION: Members = [
  ["deviceCode", expectString],
  ["expiresIn", expectInteger],
  ["interval", expectInteger],
  ["userCode", expectString],
  ["verificationUri", expectString],
  ["verificationUriComplete", expectString],
];
const CREATE_TOKEN: Members = [
  ["accessToken", expectString],
  ["expiresIn", expectInteger],
  ["idToken", expectString],
  ["refreshToken", expectString],
  ["tokenType", expectString],
];

const deserializer =
  <Output>(members: Members) =>
  async (response: __HttpResponse, context: DeserializeContext): Promise<Output> => {
    if (!isSuccess(response)) return de_CommandError(response, context);
    const data = expectObject(await parseJsonBody(response, context));
    return { $metadata: deserializeMetadata(response), ...pick(data, members) } as Output;
  };

export const de_RegisterClientCommand = deserializer<RegisterClientCommandOutput>(REGISTER_CLIENT);
export const de_StartDeviceAuthorizationCommand =
  deserializer<StartDeviceAuthorizationCommandOutput>(START_DEVICE_AUTHORIZATION);
export const de_CreateTokenCommand = deserializer<CreateTokenCommandOutput>(CREATE_TOKEN);
