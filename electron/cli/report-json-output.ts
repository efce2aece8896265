// The `--json` document written in chunks of many deals: one write per deal cost 50,000 writes and as many copies.
import { Writable } from 'node:stream';
import { drained, type CliOutput } from './cli-io';

/** Bytes gathered before one write: small next to a slow reader's patience, large next to a deal (a few KB). */
export const JSON_OUTPUT_CHUNK = 64 * 1024;

export interface ReportJsonOutput {
  /** Pieces of the document (text, or a cached row's UTF-8 bytes); a promise when the output asked to wait. */
  write(...pieces: readonly (string | Uint8Array)[]): Promise<void> | undefined;
  /** Writes what is gathered; a promise when the output asked to wait. */
  flush(): Promise<void> | undefined;
}

/**
 * Gathers the pieces of the document and writes them JSON_OUTPUT_CHUNK bytes at a time: as bytes
 * where `out` is a stream (stdout), else as text (an in-memory output). The bytes are those of
 * writing each piece as it came.
 */
export function reportJsonOutput(out: CliOutput, chunk = JSON_OUTPUT_CHUNK): ReportJsonOutput {
  const stream = out instanceof Writable;
  let pieces: Uint8Array[] = [];
  let texts: string[] = [];
  let gathered = 0;
  const add = (piece: string | Uint8Array) => {
    if (stream) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
      pieces.push(bytes);
      gathered += bytes.byteLength;
    } else {
      const text = typeof piece === 'string' ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8');
      texts.push(text);
      gathered += text.length;
    }
  };
  const flush = () => {
    if (gathered === 0) return undefined;
    const accepted = stream ? out.write(Buffer.concat(pieces, gathered)) : out.write(texts.join(''));
    pieces = [];
    texts = [];
    gathered = 0;
    return drained(out, accepted);
  };
  return {
    write: (...written) => {
      for (const piece of written) add(piece);
      return gathered >= chunk ? flush() : undefined;
    },
    flush,
  };
}
