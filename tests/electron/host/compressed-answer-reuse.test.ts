// An unchanging answer is compressed once per encoding and sent again as it was; a new listing after a file changed is compressed anew.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHost } from '../../../electron/host/http-host';
import { sendCompressedJson } from '../../../electron/host/send-compressed-json';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { buildHealthyDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace('all');
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

function post(port: number, path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', host: `127.0.0.1:${port}`, 'accept-encoding': acceptEncoding };
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

const decoded = (answer: { encoding: string | undefined; body: Buffer }): unknown =>
  JSON.parse((answer.encoding === 'br' ? brotliDecompressSync(answer.body) : answer.encoding === 'gzip' ? gunzipSync(answer.body) : answer.body).toString());

describe('a compressed answer made from an unchanging value', () => {
  it('is serialised and compressed once per encoding, and the same bytes go out again', async () => {
    let serialised = 0;
    const rows = Array.from({ length: 200 }, (_, at) => ({ id: `deal-${at}`, name: `Deal ${at}` }));
    const unchanging = { rows, toJSON: () => (serialised += 1, { rows }) };
    const other = { rows, toJSON: () => (serialised += 1, { rows }) };
    let answering = unchanging;
    const server: Server = createServer((request, response) => void sendCompressedJson(request, response, 200, { ok: true, value: answering }, answering));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closing.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    const first = await post(port, '/', 'br');
    const again = await post(port, '/', 'br');
    expect(serialised).toBe(1);
    expect(again.body.equals(first.body)).toBe(true);
    expect(decoded(first)).toEqual({ ok: true, value: { rows } });
    const gzip = await post(port, '/', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(decoded(gzip)).toEqual({ ok: true, value: { rows } });
    expect(serialised).toBe(2);

    answering = other;
    await post(port, '/', 'br');
    expect(serialised).toBe(3);
  });

  it('never stands in for a listing after a file changed behind the index’s back', async () => {
    await putDealFile(workspace(), 'alpha.json', serializeDeal(buildHealthyDeal({ id: 'alpha', name: 'Alpha', amount: 100 })));
    const path = join(workspace(), 'deals', 'alpha.json');
    const old = new Date(Date.now() - 60_000);
    await utimes(path, old, old);
    const host = await startHttpHost({ workspace: workspace(), port: 0, rendererDir: workspace(), log: () => undefined });
    closing.push(() => host.close());
    const amounts = async () => ((decoded(await post(host.port, '/api/listDeals', 'br')) as { value: { deals: { amount: number }[] } }).value.deals).map((deal) => deal.amount);

    expect(await amounts()).toEqual([100]);
    expect(await amounts()).toEqual([100]);
    const before = await stat(path);
    await writeFile(path, (await readFile(path, 'utf8')).replace('"amount": 100,', '"amount": 300,'));
    await utimes(path, before.atime, before.mtime);
    // The host's watcher may or may not have seen the write; either way the listing reads the file again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await amounts()).toEqual([300]);
  });
});
