import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";

import { ListAccountsCommand, SSOClient, type SSOClientConfig } from "../../../src/index.js";

/** A request handler that records each HttpRequest and answers 200 with an empty account list. */
export const capturingHandler = () => {
  const requests: HttpRequest[] = [];
  return {
    requests,
    handle: async (request: HttpRequest) => {
      requests.push(request);
      const body = Buffer.from(JSON.stringify({ accountList: [] }));
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/json" }, body }) };
    },
  };
};

/** Where a captured request went: scheme, host, port (if any) and path. */
export const urlOf = (request: HttpRequest): string =>
  `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;

/**
 * Sends ListAccounts through a real SSOClient with `config` and reports the URL it was sent to,
 * or the error message that stopped it.
 */
export const sendListAccounts = async (config: SSOClientConfig = {}): Promise<string> => {
  const handler = capturingHandler();
  const client = new SSOClient({ ...config, requestHandler: handler, maxAttempts: 1 });
  try {
    await client.send(new ListAccountsCommand({ accessToken: "token" }));
    return urlOf(handler.requests[0]);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  } finally {
    client.destroy();
  }
};
