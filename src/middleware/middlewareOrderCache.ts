import { constructStack } from "@smithy/middleware-stack";
import type { MiddlewareStack, Pluggable } from "@smithy/types";

type AnyStack = MiddlewareStack<any, any>;
type MiddlewareFn = (next: any, context: any) => any;

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

/** One entry as `applyToStack` hands it over: its options (`middleware`, `name`, `step`, `tags`, …). */
interface Entry {
  relative: boolean;
  options: Record<string, unknown>;
}

interface StackSnapshot {
  entries: Entry[];
  identifyOnResolve: boolean;
}

/** The stack's whole state, read through its own `applyToStack`; `undefined` when it cannot be read. */
const snapshotOf = (stack: AnyStack): StackSnapshot | undefined => {
  const entries: Entry[] = [];
  let identifyOnResolve = false;
  // Only what @smithy/middleware-stack's applyToStack calls: any other stack fails here (and the
  // plain path runs).
  const recorder = {
    add: (_middleware: unknown, options: Record<string, unknown>) => void entries.push({ relative: false, options }),
    addRelativeTo: (_middleware: unknown, options: Record<string, unknown>) => void entries.push({ relative: true, options }),
    identifyOnResolve: (toggle?: boolean) => {
      if (typeof toggle === "boolean") identifyOnResolve = toggle;
      return identifyOnResolve;
    },
  };
  try {
    stack.applyToStack(recorder as unknown as AnyStack);
  } catch {
    return undefined;
  }
  for (const { options } of entries) if (options === null || typeof options !== "object") return undefined;
  return { entries, identifyOnResolve };
};

/** A copy to remember: arrays (tags, aliases) are copied too, since a caller may change them in place. */
const keep = (snapshot: StackSnapshot): StackSnapshot => ({
  identifyOnResolve: snapshot.identifyOnResolve,
  entries: snapshot.entries.map(({ relative, options }) => {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(options)) copy[key] = Array.isArray(options[key]) ? [...(options[key] as unknown[])] : options[key];
    return { relative, options: copy };
  }),
});

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => Object.is(item, b[i])) : Object.is(a, b);

/** Same entries, in the same order, with the same options (and the same middleware functions). */
const sameSnapshot = (kept: StackSnapshot, now: StackSnapshot): boolean => {
  if (kept.identifyOnResolve !== now.identifyOnResolve || kept.entries.length !== now.entries.length) return false;
  for (let i = 0; i < now.entries.length; i++) {
    const a = kept.entries[i]!;
    const b = now.entries[i]!;
    if (a.relative !== b.relative) return false;
    let keys = 0;
    for (const key of Object.keys(b.options)) {
      keys++;
      if (!Object.prototype.hasOwnProperty.call(a.options, key) || !sameValue(a.options[key], b.options[key])) return false;
    }
    if (keys !== Object.keys(a.options).length) return false;
  }
  return true;
};

const METHODS = ["add", "addRelativeTo", "applyToStack", "clone", "concat", "identify", "identifyOnResolve", "remove", "removeByTag", "resolve", "use"] as const;

/**
 * The methods each stack had when first seen. A stack whose methods are replaced later (a
 * wrapper, a spy) is never ordered from memory again: its `concat` or `resolve` may now do more.
 */
const methodsAtFirstSight = new WeakMap<AnyStack, readonly unknown[]>();
const untouched = (stack: AnyStack): boolean => {
  const target = stack as unknown as Record<string, unknown>;
  const first = methodsAtFirstSight.get(stack);
  if (first) {
    for (let i = 0; i < METHODS.length; i++) if (target[METHODS[i]!] !== first[i]) return false;
    return true;
  }
  const current = METHODS.map((name) => target[name]);
  if (current.some((method) => typeof method !== "function")) return false;
  methodsAtFirstSight.set(stack, current);
  return true;
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
    identifyOnResolve: () => false,
  };
  stack.applyToStack(recorder as unknown as AnyStack);
  scratch.resolve(() => undefined as never, {} as never);
  return order.reverse();
};

interface CacheEntry {
  client: StackSnapshot;
  command: StackSnapshot;
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
  context: object
): ((args: any) => Promise<any>) => {
  const plain = () => {
    const stack = clientStack.concat(commandStack) as AnyStack;
    for (const plugin of plugins()) stack.use(plugin);
    return stack.resolve(terminal as never, context as never) as (args: any) => Promise<any>;
  };
  if (!untouched(clientStack) || !untouched(commandStack)) return plain();
  const client = snapshotOf(clientStack);
  const command = snapshotOf(commandStack);
  if (!client || !command || client.identifyOnResolve || command.identifyOnResolve) return plain();

  let byOperation = cache.get(clientStack);
  if (!byOperation) cache.set(clientStack, (byOperation = new Map()));
  let entry = byOperation.get(operation);
  const valid =
    entry !== undefined &&
    entry.configuration === configuration &&
    entry.identity.length === identity.length &&
    entry.identity.every((value, i) => value === identity[i]) &&
    sameSnapshot(entry.client, client) &&
    sameSnapshot(entry.command, command);
  if (!valid) {
    let order: MiddlewareFn[];
    try {
      const stack = clientStack.concat(commandStack) as AnyStack;
      for (const plugin of plugins()) stack.use(plugin);
      order = orderOf(stack);
    } catch {
      byOperation.delete(operation);
      return plain(); // throws the stack's own error
    }
    entry = { client: keep(client), command: keep(command), configuration, identity, order };
    byOperation.set(operation, entry);
  }
  let handler: any = terminal;
  const { order } = entry!;
  for (let i = order.length - 1; i >= 0; i--) handler = order[i]!(handler, context);
  return handler;
};
