// Where a command writes: stdout and stderr, or in-memory buffers in tests.
import { Writable } from 'node:stream';

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

/** Writes `bytes` as they are where `out` is a stream (stdout), else as their UTF-8 text (an in-memory output). */
export function writeBytes(out: CliOutput, bytes: Uint8Array): unknown {
  return out instanceof Writable ? out.write(bytes) : out.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/** When `out`'s last write found its buffer full (a slow pipe), a promise of its drain; else nothing to wait for. */
export function drained(out: CliOutput, accepted: unknown): Promise<void> | undefined {
  if (accepted !== false || !('once' in out) || typeof out.once !== 'function') return undefined;
  const once = out.once as (event: string, listener: () => void) => unknown;
  return new Promise((resolve) => once.call(out, 'drain', () => resolve()));
}
