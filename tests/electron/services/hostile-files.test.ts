// Hostile files in deals/: a symlink, a FIFO, an oversized and a 10,000-level file are each that file's problem, in the services, the host and the CLI.
import { spawnSync } from 'node:child_process';
import { readFile, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { MAX_DEAL_FILE_BYTES } from '../../../shared/model/json-limits';
import type { WorkspaceListing } from '../../../shared/api/contract';
import { buildHealthyDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const SECRET = 'TOP-SECRET-CONTENT';
const workspace = useTempWorkspace();

const hugeText = JSON.stringify({ ...buildHealthyDeal({ id: 'huge' }), padding: 'x'.repeat(MAX_DEAL_FILE_BYTES) });
/** Just over the limit: in MB it would read "5.0 MB" like the limit, so the message says bytes. */
const HUGE_BYTES = Buffer.byteLength(hugeText);
const deepText = (levels: number) => `{"schemaVersion": 2, "id": "deep", "x": ${'['.repeat(levels)}${']'.repeat(levels)}}`;

beforeEach(async () => {
  await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
  const outside = join(workspace(), 'secret.json');
  await writeFile(outside, `${SECRET} ${JSON.stringify(buildHealthyDeal({ id: 'linked' }))}`);
  await symlink(outside, join(workspace(), 'deals', 'linked.json'));
  expect(spawnSync('mkfifo', [join(workspace(), 'deals', 'pipe.json')]).status).toBe(0);
  await putDealFile(workspace(), 'huge.json', hugeText);
  await putDealFile(workspace(), 'deep.json', deepText(10_000));
  // Over a megabyte of brackets: its nesting is found by scanning the text, before JSON.parse would spend a second on it.
  await putDealFile(workspace(), 'deeper.json', deepText(600_000));
  await mkdir(join(workspace(), 'deals', 'folder.json'));
});

const EXPECTED = new Map([
  ['deals/linked.json', 'deals/linked.json: is a symbolic link; Dealmap reads only regular files and follows no links'],
  ['deals/pipe.json', 'deals/pipe.json: is a named pipe (FIFO), not a regular file'],
  ['deals/huge.json', `deals/huge.json: is ${HUGE_BYTES.toLocaleString('en')} bytes; Dealmap reads files of at most 5,242,880 bytes (5.0 MB)`],
  ['deals/deep.json', 'deals/deep.json: nests objects and lists deeper than 64 levels; a deal has about 6'],
  ['deals/deeper.json', 'deals/deeper.json: nests objects and lists deeper than 64 levels; a deal has about 6'],
  ['deals/folder.json', 'deals/folder.json: is a folder, not a file'],
]);

function expectOneProblemEach(listing: Pick<WorkspaceListing, 'deals' | 'problems'>): void {
  expect(listing.deals.map((deal) => deal.id)).toEqual(['northwind-erp']);
  expect(new Map(listing.problems.map((problem) => [problem.file, problem.message]))).toEqual(EXPECTED);
  expect(JSON.stringify(listing.problems)).not.toContain(SECRET);
}

describe('hostile deal files', () => {
  it('are listed as problems with a clear message, never followed, blocked on or echoed', async () => {
    expectOneProblemEach(await createDealmapServices({ workspace: workspace() }).listDeals({}));
  });

  it('are refused by getDeal as unreadable, the FIFO included, without hanging', async () => {
    const services = createDealmapServices({ workspace: workspace() });
    for (const id of ['linked', 'pipe', 'huge', 'deep', 'deeper']) {
      const result = await callApi(services, 'getDeal', { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'unreadable-file' } });
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });

  describe('through the HTTP host', () => {
    let host: HttpHost;
    afterEach(async () => host.close());

    it('answers the listing with the same problems, not HTTP 500', async () => {
      host = await startHttpHost({ workspace: workspace(), port: 0, rendererDir: workspace(), log: () => undefined });
      const response = await fetch(`${host.url}api/listDeals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { ok: true; value: WorkspaceListing };
      expectOneProblemEach(body.value);
    });
  });

  it('are named the same way by the CLI report', async () => {
    const out: string[] = [];
    const code = await runCli(['report', workspace(), '--json'], { stdout: { write: (text) => out.push(text) }, stderr: { write: () => undefined } }, '2026-12-01', workspace());
    expect(code).toBe(1);
    const report = JSON.parse(out.join('')) as { errors: Array<{ file: string; message: string }> };
    expect(new Map(report.errors.map((problem) => [problem.file, problem.message]))).toEqual(EXPECTED);
    expect(out.join('')).not.toContain(SECRET);
  });

  it('are named in the reader’s language: the CLI in Swedish says why each file is refused in Swedish', async () => {
    const errors: string[] = [];
    const code = await runCli(['report', workspace(), '--lang', 'sv'], { stdout: { write: () => undefined }, stderr: { write: (text) => errors.push(text) } }, '2026-12-01', workspace());
    expect(code).toBe(1);
    const lines = errors.join('').trim().split('\n').sort();
    expect(lines).toEqual([
      'fel: deals/deep.json: nästlar objekt och listor djupare än 64 nivåer; en affär brukar ha ungefär 6',
      'fel: deals/deeper.json: nästlar objekt och listor djupare än 64 nivåer; en affär brukar ha ungefär 6',
      'fel: deals/folder.json: är en mapp, inte en fil',
      `fel: deals/huge.json: är ${HUGE_BYTES.toLocaleString('sv')} byte; Dealmap läser filer på högst ${(5_242_880).toLocaleString('sv')} byte (5,0 MB)`,
      'fel: deals/linked.json: är en symbolisk länk; Dealmap läser bara vanliga filer och följer inga länkar',
      'fel: deals/pipe.json: är en namngiven pipe (FIFO), inte en vanlig fil',
    ]);
    expect(errors.join('')).not.toContain(SECRET);
  });
});

describe('saving beyond the limits', () => {
  it('refuses a deal nested 10,000 levels deep, so a small request cannot become a huge file', async () => {
    const services = createDealmapServices({ workspace: workspace() });
    const deal = await services.getDeal({ id: 'northwind-erp' });
    const deep = JSON.parse(deepText(10_000)) as { x: unknown };
    const result = await callApi(services, 'saveDeal', { deal: { ...deal, extra: deep.x } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: 'saveDeal: the payload nests objects and lists deeper than 64 levels; a deal has about 6' } });
    const before = await stat(join(workspace(), 'deals', 'northwind-erp.json'));
    expect(before.size).toBeLessThan(20_000);
  });

  it('refuses a deal whose file would pass the size limit and keeps the file as it was', async () => {
    const services = createDealmapServices({ workspace: workspace() });
    const deal = await services.getDeal({ id: 'northwind-erp' });
    const text = await readFile(join(workspace(), 'deals', 'northwind-erp.json'), 'utf8');
    const result = await callApi(services, 'saveDeal', { deal: { ...deal, notes: Array.from({ length: 600 }, () => 'y'.repeat(10_000)) } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^Deal "ERP replacement" \(deals\/northwind-erp\.json\) is 5\.7 MB; a deal file holds at most 5\.0 MB; it was not saved\.$/);
    expect(await readFile(join(workspace(), 'deals', 'northwind-erp.json'), 'utf8')).toBe(text);
  });
});
