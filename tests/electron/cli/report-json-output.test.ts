// The `--json` output gathered in chunks writes the same bytes as one write per piece, to a real file and to a text output, and waits for a full stream.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { reportJsonOutput } from '../../../electron/cli/report-json-output';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();

/** Rows as the report hands them: text reported now and a cached row's bytes, with characters of 2, 3 and 4 UTF-8 bytes. */
const pieces: (string | Uint8Array)[] = Array.from({ length: 300 }, (_, at) => {
  const row = JSON.stringify({ id: `deal-${at}`, name: `Åkerö ${'€'.repeat(at % 7)} 🚀 ${'x'.repeat(at * 13)}` });
  return at % 2 === 0 ? row : new Uint8Array(Buffer.from(row));
});

function asText(piece: string | Uint8Array): string {
  return typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8');
}

describe('reportJsonOutput', () => {
  it('writes a file byte for byte as writing each piece would, in fewer writes', async () => {
    const path = join(folder(), 'report.json');
    const file = createWriteStream(path);
    let writes = 0;
    const counted = file.write.bind(file);
    file.write = ((chunk: Buffer) => {
      writes += 1;
      return counted(chunk);
    }) as typeof file.write;
    const output = reportJsonOutput(file, 16 * 1024);
    for (const piece of pieces) await output.write(',', piece);
    await output.flush();
    file.end();
    await finished(file);
    const expected = Buffer.concat(pieces.map((piece) => Buffer.concat([Buffer.from(','), Buffer.from(asText(piece))])));
    expect((await readFile(path)).equals(expected)).toBe(true);
    expect(writes).toBeGreaterThan(1);
    expect(writes).toBeLessThan(pieces.length / 4);
  });

  it('hands an in-memory output the same text', async () => {
    let text = '';
    const output = reportJsonOutput({ write: (chunk: string) => (text += chunk) }, 1000);
    for (const piece of pieces) output.write(piece);
    expect(text.length).toBeGreaterThan(0);
    await output.flush();
    expect(text).toBe(pieces.map(asText).join(''));
  });

  it('answers a promise of the drain when a chunk fills the stream, and nothing otherwise', async () => {
    const held: Buffer[] = [];
    let release: () => void = () => undefined;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        held.push(chunk);
        release = done;
      },
    });
    const output = reportJsonOutput(slow, 2048);
    expect(output.write('a'.repeat(100))).toBeUndefined();
    const waiting = output.write('b'.repeat(3000));
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting?.then(() => (drained = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    release();
    await waiting;
    expect(drained).toBe(true);
    expect(Buffer.concat(held).toString()).toBe(`${'a'.repeat(100)}${'b'.repeat(3000)}`);
  });
});
