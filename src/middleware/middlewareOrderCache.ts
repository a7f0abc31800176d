import { constructStack } from "@smithy/middleware-stack";
import type { MiddlewareStack, Pluggable } from "@smithy/types";

type AnyStack = MiddlewareStack<any, any>;
/** What `resolve()` returns and each middleware wraps. */
type ResolvedHandler = (args: any) => Promise<any>;
type MiddlewareFn = (next: ResolvedHandler, context: object) => ResolvedHandler;

/**
 * Ordering a middleware stack (copying its entries, expanding relative ones, sorting by step and
 * priority) costs more than the rest of a request's SDK work, and the order only changes when a
 * stack does. So the order is remembered, but only as an optimisation that is checked against the
 * real stacks on every request:
 *
 * - Each request reads both stacks' complete state through their own `applyToStack` (which hands
 *   every entry, absolute and relative, with all of its options, and the `identifyOnResolve`
 *   switch to a recorder): nothing depends on watching how, or through which reference, a stack
 *   was changed, and a frozen stack is only read.
 * - The remembered order is used only when that state, entry by entry, is the one it was computed
 *   from, for the same configuration and operation; the order itself is computed from the real
 *   `clientStack.concat(commandStack)` with the operation's plugins, so overrides, aliases and
 *   relative entries anchored in either stack mean what they mean to `resolve()`.
 * - Anything unusual takes the plain path (`concat` + `use` + `resolve`): a stack that is not a
 *   `@smithy/middleware-stack` stack or whose methods changed since it was first seen,
 *   `identifyOnResolve`, a stack that cannot be ordered (a missing anchor: `resolve()` then
 *   throws its own error).
 *
 * Each request still calls every middleware factory with its own context, in the order
 * `resolve()` would: only the ordering is remembered.
 */

/**
 * The stack's whole state, read through its own `applyToStack`, as one flat list: per entry
 * whether it is relative, then each option's name and value (`middleware`, `name`, `step`,
 * `relation`, `toMiddleware`, …; arrays such as `tags` spread out, since a caller may change them
 * in place), then the `identifyOnResolve` switch. `undefined` when the stack cannot be read so,
 * or prints itself on resolve (`identifyOnResolve`).
 */
// Markers no option value can be.
const LIST = {};
const END = {};

const snapshotOf = (stack: AnyStack): unknown[] | undefined => {
  const state: unknown[] = [];
  let identifyOnResolve = false;
  const entry = (relative: boolean) => (_middleware: unknown, options: Record<string, unknown>) => {
    state.push(relative);
    for (const key of Object.keys(options)) {
      const value = options[key];
      if (Array.isArray(value)) state.push(key, LIST, value.length, ...(value as unknown[]));
      else state.push(key, value);
    }
    state.push(END);
  };
  // Only what @smithy/middleware-stack's applyToStack calls: any other stack fails here.
  const recorder = {
    add: entry(false),
    addRelativeTo: entry(true),
    identifyOnResolve: (toggle?: boolean) => (identifyOnResolve = toggle ?? identifyOnResolve),
  };
  try {
    stack.applyToStack(recorder as unknown as AnyStack);
  } catch {
    return undefined;
  }
  state.push(identifyOnResolve);
  return identifyOnResolve ? undefined : state;
};

/** Same entries, in the same order, with the same options and middleware functions. */
const sameState = (kept: readonly unknown[], now: readonly unknown[]): boolean =>
  kept.length === now.length && kept.every((value, i) => Object.is(value, now[i]));

/**
 * The methods a request uses of each stack (`applyToStack` to read it, the client's `concat` and
 * `identifyOnResolve` on the plain path), as first seen. A stack whose methods are replaced later
 * (a wrapper, a spy) is never ordered from memory again: they may now do more.
 */
const methodsAtFirstSight = new WeakMap<AnyStack, unknown[]>();
const untouched = (stack: AnyStack): boolean => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- only compared by identity, never called
  const current = [stack.applyToStack, stack.concat, stack.identifyOnResolve];
  const first = methodsAtFirstSight.get(stack);
  if (!first) methodsAtFirstSight.set(stack, current);
  return current.every((method, i) => typeof method === "function" && method === (first ?? current)[i]);
};

/**
 * The middleware functions of `stack`, outermost first, in the order `stack.resolve()` applies
 * them, found without calling any of them: the entries are copied into a scratch stack with
 * stand-ins that record which middleware they stand for. Throws what `resolve()` would throw.
 */
const orderOf = (stack: AnyStack): MiddlewareFn[] => {
  const scratch = constructStack<any, any>();
  const standIns = new Map<MiddlewareFn, MiddlewareFn>();
  const order: MiddlewareFn[] = [];
  const standInFor = (middleware: MiddlewareFn): MiddlewareFn => {
    let standIn = standIns.get(middleware);
    if (!standIn) {
      standIn = (next: ResolvedHandler) => {
        order.push(middleware);
        return next;
      };
      standIns.set(middleware, standIn);
    }
    return standIn;
  };
  const recorder = {
    add: (middleware: MiddlewareFn, options: Record<string, unknown>) =>
      scratch.add(standInFor(middleware), { ...options, middleware: standInFor(middleware) } as never),
    addRelativeTo: (middleware: MiddlewareFn, options: Record<string, unknown>) =>
      scratch.addRelativeTo(standInFor(middleware), { ...options, middleware: standInFor(middleware) } as never),
    identifyOnResolve: () => false,
  };
  stack.applyToStack(recorder as unknown as AnyStack);
  scratch.resolve(() => undefined as never, {});
  return order.reverse();
};

interface CacheEntry {
  client: unknown[];
  command: unknown[];
  configuration: object;
  identity: readonly unknown[];
  order: MiddlewareFn[];
}

const cache = new WeakMap<AnyStack, Map<string, CacheEntry>>();

/**
 * Resolves the handler for one request: what `clientStack.concat(commandStack)`, `use(plugin)`
 * for each of the operation's plugins and `resolve(terminal, context)` give. The operation's
 * plugins must be made from `configuration` and `identity` alone (their middleware reading the
 * configuration when a request runs), since the remembered order keeps the first ones made.
 */
export const resolveHandler = (
  clientStack: AnyStack,
  commandStack: AnyStack,
  configuration: object,
  operation: string,
  identity: readonly unknown[],
  plugins: () => Pluggable<any, any>[],
  terminal: (args: any) => Promise<any>,
  context: object,
): ((args: any) => Promise<any>) => {
  const combined = () => {
    const stack = clientStack.concat(commandStack) as AnyStack;
    for (const plugin of plugins()) stack.use(plugin);
    return stack;
  };
  const plain = () => combined().resolve(terminal as never, context) as (args: any) => Promise<any>;
  if (!untouched(clientStack) || !untouched(commandStack)) return plain();
  const client = snapshotOf(clientStack);
  const command = client && snapshotOf(commandStack);
  if (!client || !command) return plain();

  let byOperation = cache.get(clientStack);
  if (!byOperation) cache.set(clientStack, (byOperation = new Map<string, CacheEntry>()));
  let entry = byOperation.get(operation);
  if (
    entry?.configuration !== configuration ||
    !sameState(entry.identity, identity) ||
    !sameState(entry.client, client) ||
    !sameState(entry.command, command)
  ) {
    let order: MiddlewareFn[];
    try {
      order = orderOf(combined());
    } catch {
      byOperation.delete(operation);
      return plain(); // throws the stack's own error
    }
    entry = { client, command, configuration, identity, order };
    byOperation.set(operation, entry);
  }
  let handler: ResolvedHandler = terminal;
  const { order } = entry;
  for (let i = order.length - 1; i >= 0; i--) handler = order[i](handler, context);
  return handler;
};
