/** The error an aborted listing ends with, shaped like the SDK's own: `name` "AbortError", the reason as `cause`. */
export function abortError(signal: AbortSignal): Error {
  const cause: unknown = signal.reason;
  return Object.assign(new Error("The listing was aborted"), { name: "AbortError", cause });
}

/** Waits `ms`, or rejects with an `AbortError` as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Makes `target` abort when `source` does; returns the function that undoes the link. */
export function followAbort(source: AbortSignal | undefined, target: AbortController): () => void {
  if (!source) return () => {};
  if (source.aborted) {
    target.abort(source.reason);
    return () => {};
  }
  const onAbort = (): void => target.abort(source.reason);
  source.addEventListener("abort", onAbort, { once: true });
  return () => source.removeEventListener("abort", onAbort);
}

/**
 * Child signals of one parent, all aborted by a single listener on it: the parent would
 * otherwise collect a listener per request in flight (and Node warns past ten).
 */
export class AbortScope {
  private readonly children = new Set<AbortController>();

  constructor(private readonly parent: AbortSignal) {
    parent.addEventListener(
      "abort",
      () => {
        for (const child of this.children) child.abort(parent.reason);
        this.children.clear();
      },
      { once: true },
    );
  }

  /** A signal that fires with the parent; `release` once it is no longer needed. */
  child(): { signal: AbortSignal; release: () => void } {
    const controller = new AbortController();
    if (this.parent.aborted) controller.abort(this.parent.reason);
    else this.children.add(controller);
    return { signal: controller.signal, release: () => this.children.delete(controller) };
  }
}
