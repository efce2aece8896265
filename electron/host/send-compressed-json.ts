// Sends an API answer compressed as the client accepts it (br, then gzip): a listing of 50,000 summaries shrinks about tenfold.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { sendJson } from './host-headers';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Small answers go as they are: compressing them costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

function accepted(request: IncomingMessage): 'br' | 'gzip' | null {
  const header = String(request.headers['accept-encoding'] ?? '');
  const offered = new Map(
    header.split(',').map((part) => {
      const [name = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return [name.trim().toLowerCase(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

/** Compressed answers by the unchanging value they were made from (see sendCompressedJson's `unchanging`), per encoding. */
const madeFrom = new WeakMap<object, Map<'br' | 'gzip', Buffer>>();

async function compress(text: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  // Fastest settings: the answer is made on every open and crosses loopback; 16 MB of summaries still shrink to 240 KB.
  return encoding === 'br'
    ? await brotli(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } })
    : await gzipAsync(text, { level: 1 });
}

/**
 * `unchanging`: an object `body` is made of that is never changed once answered (a listing the index
 * answers again when no file changed): its compressed answer is made once per encoding and sent again.
 */
export async function sendCompressedJson(request: IncomingMessage, response: ServerResponse, status: number, body: unknown, unchanging?: object): Promise<void> {
  const encoding = accepted(request);
  const made = unchanging === undefined || encoding === null ? undefined : madeFrom.get(unchanging)?.get(encoding);
  if (made !== undefined && encoding !== null) {
    sendCompressed(response, status, made, encoding);
    return;
  }
  const text = JSON.stringify(body);
  if (encoding === null || Buffer.byteLength(text) < COMPRESS_FROM_BYTES) {
    sendJson(response, status, body);
    return;
  }
  const compressed = await compress(text, encoding);
  if (unchanging !== undefined) madeFrom.set(unchanging, (madeFrom.get(unchanging) ?? new Map<'br' | 'gzip', Buffer>()).set(encoding, compressed));
  sendCompressed(response, status, compressed, encoding);
}

function sendCompressed(response: ServerResponse, status: number, compressed: Buffer, encoding: 'br' | 'gzip'): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': encoding,
    'Content-Length': compressed.length,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
  });
  response.end(compressed);
}
