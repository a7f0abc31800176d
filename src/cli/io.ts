/** Where the CLI writes: `process.stdout` and `process.stderr`, or anything shaped like them. */
export interface CliStream {
  write(text: string): unknown;
  /** A terminal: the progress bar is drawn only there. */
  isTTY?: boolean;
  /** The terminal's width. */
  columns?: number;
}

/** Everything the CLI takes from its process, so it runs the same in tests. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: CliStream;
  stderr: CliStream;
  /** Fires on Ctrl-C: the listing stops and the CLI exits 130. */
  signal?: AbortSignal;
  /** Wall clock in epoch ms, for token expiry and the progress bar. Default `Date.now`. */
  now?: () => number;
}
