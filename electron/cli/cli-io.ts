// Where a command writes: stdout and stderr, or in-memory buffers in tests.

export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
}

/** When `out`'s last write found its buffer full (a slow pipe), a promise of its drain; else nothing to wait for. */
export function drained(out: CliOutput, accepted: unknown): Promise<void> | undefined {
  if (accepted !== false || !('once' in out) || typeof out.once !== 'function') return undefined;
  const once = out.once as (event: string, listener: () => void) => unknown;
  return new Promise((resolve) => once.call(out, 'drain', () => resolve()));
}
