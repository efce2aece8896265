// Where a command writes: stdout and stderr, or in-memory buffers in tests.

export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /**
   * The environment the language is read from (LC_ALL, LC_MESSAGES, LANG): process.env in the real
   * CLI. Left out (tests in-process), the machine's locale is never read and the CLI speaks English
   * unless `--lang` says otherwise.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** When `out`'s last write found its buffer full (a slow pipe), a promise of its drain; else nothing to wait for. */
export function drained(out: CliOutput, accepted: unknown): Promise<void> | undefined {
  if (accepted !== false || !('once' in out) || typeof out.once !== 'function') return undefined;
  const once = out.once as (event: string, listener: () => void) => unknown;
  return new Promise((resolve) => once.call(out, 'drain', () => resolve()));
}
