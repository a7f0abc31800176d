import { constructStack } from "@smithy/middleware-stack";
import type { MiddlewareStack, Pluggable } from "@smithy/types";

type AnyStack = MiddlewareStack<any, any>;
type MiddlewareFn = (next: any, context: any) => any;

/**
 * Ordering a middleware stack (copying its entries, expanding relative ones, sorting by step and
 * priority) costs more than the rest of a request's SDK work. The order only changes when the
 * client's stack does, so it is computed once per client stack and operation, and reused until
 * the stack changes. Each request still calls every middleware factory with its own context, in
 * the same order `stack.resolve()` would: only the ordering is remembered.
 */

/** Bumped by every change made to a tracked stack. */
const versions = new WeakMap<AnyStack, { version: number }>();

const MUTATORS = ["add", "addRelativeTo", "use", "remove", "removeByTag"] as const;

/** Starts counting the changes made to a stack, through its own methods (which stay the same). */
const track = (stack: AnyStack): { version: number } | undefined => {
  let state = versions.get(stack);
  if (state) return state;
  const target = stack as unknown as Record<string, unknown>;
  if (!MUTATORS.every((name) => typeof target[name] === "function")) return undefined;
  const tracked = { version: 0 };
  for (const name of MUTATORS) {
    const method = target[name] as (...args: unknown[]) => unknown;
    target[name] = (...args: unknown[]) => {
      tracked.version++;
      try {
        return method.apply(stack, args);
      } finally {
        tracked.version++;
      }
    };
  }
  versions.set(stack, tracked);
  return tracked;
};

/**
 * The middleware functions of `stack`, outermost first, in the order `stack.resolve()` applies
 * them, found without calling any of them: the entries are copied into a scratch stack with
 * stand-ins that record which middleware they stand for.
 */
const orderOf = (stack: AnyStack): MiddlewareFn[] => {
  const scratch = constructStack<any, any>();
  const standIns = new Map<MiddlewareFn, MiddlewareFn>();
  const order: MiddlewareFn[] = [];
  const standInFor = (middleware: MiddlewareFn): MiddlewareFn => {
    let standIn = standIns.get(middleware);
    if (!standIn) {
      standIn = (next: unknown) => {
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
  };
  stack.applyToStack(recorder as unknown as AnyStack);
  scratch.resolve(() => undefined as never, {} as never);
  return order.reverse();
};

interface CacheEntry {
  version: number;
  configuration: object;
  identity: readonly unknown[];
  order: MiddlewareFn[];
}

const cache = new WeakMap<AnyStack, Map<string, CacheEntry>>();

/**
 * Resolves the handler for one request: `clientStack` concatenated with the command's own stack
 * and the operation's plugins, as `clientStack.concat(commandStack)` + `use(plugin)` +
 * `resolve(terminal, context)` would. The ordering is reused while the client's stack, the
 * configuration and the operation's `identity` (what its plugins are made from) stay the same
 * and the command has no middleware of its own; anything else takes the general path.
 */
export const resolveHandler = (
  clientStack: AnyStack,
  commandStack: AnyStack,
  configuration: object,
  operation: string,
  identity: readonly unknown[],
  plugins: () => Pluggable<any, any>[],
  terminal: (args: any) => Promise<any>,
  context: object
): ((args: any) => Promise<any>) => {
  const general = () => {
    const stack = clientStack.concat(commandStack) as AnyStack;
    for (const plugin of plugins()) stack.use(plugin);
    return stack.resolve(terminal as never, context as never) as (args: any) => Promise<any>;
  };
  if (clientStack.identifyOnResolve?.() || commandStack.identifyOnResolve?.() || commandStack.identify().length > 0) {
    return general();
  }
  const tracked = track(clientStack);
  if (!tracked) return general();
  let byOperation = cache.get(clientStack);
  if (!byOperation) cache.set(clientStack, (byOperation = new Map()));
  let entry = byOperation.get(operation);
  if (
    !entry ||
    entry.version !== tracked.version ||
    entry.configuration !== configuration ||
    entry.identity.length !== identity.length ||
    entry.identity.some((value, i) => value !== identity[i])
  ) {
    const version = tracked.version;
    const stack = clientStack.concat(commandStack) as AnyStack;
    for (const plugin of plugins()) stack.use(plugin);
    entry = { version, configuration, identity, order: orderOf(stack) };
    byOperation.set(operation, entry);
  }
  let handler: any = terminal;
  const { order } = entry;
  for (let i = order.length - 1; i >= 0; i--) handler = order[i](handler, context);
  return handler;
};
