// The browser host takes an import upload larger than its 5 MB cap for other calls, up to the import's own cap.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { MAX_BODY_BYTES } from '../../../electron/host/read-request-body';
import { useTempWorkspace } from '../../support/temp-workspace';

const tempRoot = useTempWorkspace('all');
let host: HttpHost;

beforeAll(async () => {
  const rendererDir = join(tempRoot(), 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dealmap</title>');
  host = await startHttpHost({ workspace: join(tempRoot(), 'workspace'), port: 0, rendererDir, log: () => undefined });
});

afterAll(async () => {
  await host.close();
});

async function post(name: string, input: unknown) {
  const response = await fetch(`${host.url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

it('previews an upload over 5 MB, while other calls stay capped at 5 MB', async () => {
  const notes = 'n'.repeat(6_000);
  const rows = Array.from({ length: 1_000 }, (_, n) => `${9_000 + n},Deal ${n},Acme,${notes}`);
  const content = ['Record ID,Deal Name,Associated Company,Notes', ...rows].join('\n');
  expect(content.length).toBeGreaterThan(MAX_BODY_BYTES);
  const preview = await post('previewImport', { system: 'hubspot', files: [{ role: 'deals', name: 'deals.csv', content }] });
  expect(preview.status).toBe(200);
  expect(preview.body).toMatchObject({ ok: true, value: { totals: { newDeals: 1_000 } } });
  const other = await post('createDeal', { name: 'x'.repeat(MAX_BODY_BYTES + 1), account: 'A' });
  expect(other.status).toBe(413);
});
