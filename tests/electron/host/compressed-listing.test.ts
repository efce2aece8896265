// The host compresses API answers as the client accepts (br, gzip) and sends them plain to one that accepts neither.
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { buildHealthyDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace('all');
let host: HttpHost;

beforeAll(async () => {
  for (let n = 0; n < 40; n += 1) await putDealFile(workspace(), `deal-${n}.json`, buildHealthyDeal({ id: `deal-${n}`, name: `Deal ${n}` }));
  host = await startHttpHost({ workspace: workspace(), port: 0, rendererDir: workspace(), log: () => undefined });
});

afterAll(async () => host.close());

function list(acceptEncoding: string | null): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', host: `127.0.0.1:${host.port}` };
    if (acceptEncoding !== null) headers['accept-encoding'] = acceptEncoding;
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path: '/api/listDeals', method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('compressed API answers', () => {
  it('sends br, gzip or plain JSON as accepted, the same listing each way', async () => {
    const plain = await list(null);
    expect(plain.encoding).toBeUndefined();
    const listing = JSON.parse(plain.body.toString()) as { ok: true; value: { deals: unknown[] } };
    expect(listing.value.deals).toHaveLength(40);
    const br = await list('gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(listing);
    const gzip = await list('gzip;q=1, br;q=0');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(listing);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
  });
});
