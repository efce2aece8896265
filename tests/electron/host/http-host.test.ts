// The browser host over real HTTP on a real temp workspace: API, guards, static files and headers.
import { request as httpRequest } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildHealthyDeal, decisionMaker, stakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const tempRoot = useTempWorkspace('all');
let workspace: string;
let host: HttpHost;

beforeAll(async () => {
  const root = tempRoot();
  workspace = join(root, 'workspace');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dealmap</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("dealmap")');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  await putDealFile(workspace, 'northwind-erp.json', buildHealthyDeal());
  host = await startHttpHost({ workspace, port: 0, rendererDir, log: () => undefined });
});

afterAll(async () => {
  await host.close();
});

async function api(name: string, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Raw request, for what fetch will not send: a foreign Host header or an unnormalized path. */
function rawGet(path: string, hostHeader: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: 'GET', headers: { host: hostHeader } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP API', () => {
  it('lists, creates and saves deals, refusing a stale save with the conflict message', async () => {
    const listed = await api('listDeals', {});
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ ok: true, value: { deals: [{ id: 'northwind-erp' }], problems: [] } });

    const created = await api('createDeal', { name: 'Fleet telematics', account: 'Harbourside Logistics Ltd' });
    expect(created.body).toMatchObject({ ok: true, value: { id: 'fleet-telematics', revision: 1 } });
    const onDisk = JSON.parse(await readFile(join(workspace, 'deals', 'fleet-telematics.json'), 'utf8')) as Deal;
    expect(onDisk.account).toBe('Harbourside Logistics Ltd');

    const edited = { ...onDisk, stakeholders: [decisionMaker({ id: 'david' })] };
    const saved = await api('saveDeal', { deal: edited });
    expect(saved.body).toMatchObject({ ok: true, value: { revision: 2 } });

    const stale = await api('saveDeal', { deal: edited });
    expect(stale.body).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Deal "Fleet telematics" (deals/fleet-telematics.json) changed on disk: it is at revision 2, your edit started from revision 1. Reload the deal; your change was not saved.',
        messageRef: {
          id: 'host.deal.revision',
          values: { name: 'Fleet telematics', file: 'deals/fleet-telematics.json', onDisk: 2, startedFrom: 1, action: 'saved' },
        },
      },
    });
  });

  it('answers an invalid payload with the function, field path and reason', async () => {
    const deal = buildDeal({ stakeholders: [stakeholder({ id: 'eva', influence: 0 })] });
    expect((await api('saveDeal', { deal })).body).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'saveDeal: deal.stakeholders[0].influence: expected an integer from 1 to 5' },
    });
  });

  it('answers 400 for a body that is not JSON and 404 for an unknown function', async () => {
    const bad = await api('listDeals', '{nope');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(String((bad.body.error as { message: string }).message)).toMatch(/^listDeals: the request body is not valid JSON/);
    const unknown = await api('dropDatabase', {});
    expect(unknown.status).toBe(404);
  });

  it('refuses cross-origin calls, non-JSON bodies and bodies over the size limit', async () => {
    const cross = await api('listDeals', {}, { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    expect(cross.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await api('listDeals', {}, { origin: host.url.slice(0, -1) })).status).toBe(200);
    expect((await api('listDeals', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = await api('createDeal', { name: 'x'.repeat(6 * 1024 * 1024), account: 'A' });
    expect(huge.status).toBe(413);
  });

  it('refuses a foreign Host header (DNS rebinding) on pages and API alike', async () => {
    expect((await rawGet('/', `evil.example:${host.port}`)).status).toBe(403);
    expect((await rawGet('/', `localhost:${host.port}`)).status).toBe(200);
    expect((await rawGet('/api/listDeals', 'evil.example')).status).toBe(403);
  });
});

describe('static files', () => {
  it('serves index.html for / with a strict CSP and nosniff, and scripts as JavaScript', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Dealmap</title>');
    const script = await fetch(`${host.url}assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/missing.js'])(
    'answers 404 for %s',
    async (path) => {
      const response = await rawGet(path, `127.0.0.1:${host.port}`);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    },
  );
});
