import type { Command, Paginator } from "@smithy/types";

import { SSOClient } from "../SSOClient.js";
import type { SSOPaginationConfiguration } from "./Interfaces.js";

/** Both paginated operations of the model page with the same members. */
interface PagedInput {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
}

interface PagedOutput {
  nextToken?: string | undefined;
}

type PagedCommand<Input, Output> = new (input: Input) => Command<any, Input, any, Output, any>;

/**
 * Makes the paginator of one list operation: an async generator that sends the command page
 * after page and yields each output as it comes, holding on to nothing but the current token,
 * so memory stays flat however long the listing is.
 *
 * Each page gets its own copy of the input: the caller's object is never written to, and every
 * command keeps the token it was sent with.
 */
export function createPaginator<Input extends PagedInput, Output extends PagedOutput>(
  CommandCtor: PagedCommand<Input, Output>,
): (config: SSOPaginationConfiguration, input: Input, ...rest: unknown[]) => Paginator<Output> {
  return async function* paginate(config, input, ...rest) {
    // `startingToken` wins over a token in the input, and the input's `maxResults` over `pageSize`.
    // @smithy/types leaves `startingToken` untyped: it is this operation's `nextToken`, sent as given.
    let token = (config.startingToken as Input["nextToken"]) ?? input.nextToken;
    const maxResults = input.maxResults ?? config.pageSize;
    while (true) {
      // Checked per page, like the original, so a wrong client fails on the first `next()`.
      if (!(config.client instanceof SSOClient)) {
        throw new Error(`Invalid client, expected instance of ${SSOClient.name}`);
      }
      let command: Command<any, Input, any, Output, any> = new CommandCtor({ ...input, nextToken: token, maxResults });
      command = config.withCommand?.(command) ?? command;
      // The rest (e.g. `{ abortSignal }`) goes to `send` as its HTTP handler options.
      const page: Output = await (config.client.send as (...args: unknown[]) => Promise<Output>)(command, ...rest);
      yield page;
      const previousToken = token;
      token = page?.nextToken;
      // An absent or empty token ends the listing; so does an unchanged one when asked to.
      if (!token || (config.stopOnSameToken && token === previousToken)) return undefined;
    }
  };
}
