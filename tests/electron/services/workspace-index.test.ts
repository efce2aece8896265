// The workspace index: warm opens read only changed files, damage rebuilds it, and cached qualifications follow date, settings and rules.
import { readFile, utimes, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { indexFilePath } from '../../../electron/services/index/index-location';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { dayNumber } from '../../../shared/engine/review-date';
import { buildHealthyDeal } from '../../support/deal-builder';
import { makeTempWorkspace, putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();
const AS_OF = '2026-11-30';

async function open(cacheFolder: string, asOf = AS_OF) {
  const services = createDealmapServices({ workspace: workspace(), cacheFolder });
  const listing = await services.listDeals({ asOf });
  await services.flushIndex();
  return listing;
}

async function setup() {
  const cache = await makeTempWorkspace('dealmap-cache-');
  await putDealFile(workspace(), 'alpha.json', serializeDeal(buildHealthyDeal({ id: 'alpha', name: 'Alpha', amount: 100 })));
  await putDealFile(workspace(), 'beta.json', serializeDeal(buildHealthyDeal({ id: 'beta', name: 'Beta', amount: 200 })));
  const first = await open(cache);
  expect(first.deals.map((deal) => deal.amount)).toEqual([100, 200]);
  return { cache, index: indexFilePath(workspace(), cache) };
}

describe('the workspace index', () => {
  it('lives in the cache folder, outside the workspace, and answers a warm open from its summaries', async () => {
    const { cache, index } = await setup();
    expect(index.startsWith(cache)).toBe(true);
    const document = JSON.parse(await readFile(index, 'utf8')) as { entries: Record<string, { summary: { amount: number } }> };
    expect(document.entries['alpha.json']?.summary.amount).toBe(100);
    // The index says 999 for files whose content did not change: warm opens trust it, so they did not qualify the file again.
    (document.entries['alpha.json'] as { summary: { amount: number } }).summary.amount = 999;
    await writeFile(index, JSON.stringify(document));
    const old = new Date(Date.now() - 60_000);
    // Old enough that the entry is not "racy": the index is trusted for unchanged files.
    for (const name of ['alpha.json', 'beta.json']) await utimes(join(workspace(), 'deals', name), old, old);
    // The first open after the touch re-reads (new change time) and finds the same content hash; the second only stats.
    expect((await open(cache)).deals.map((deal) => deal.amount)).toEqual([999, 200]);
    expect((await open(cache)).deals.map((deal) => deal.amount)).toEqual([999, 200]);
  });

  it('re-reads a file changed behind its back, even at the same size and modification time', async () => {
    const { cache } = await setup();
    const path = join(workspace(), 'deals', 'alpha.json');
    const before = await stat(path);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"amount": 100,', '"amount": 300,'));
    await utimes(path, before.atime, before.mtime);
    expect((await stat(path)).size).toBe(before.size);
    expect((await open(cache)).deals.map((deal) => deal.amount)).toEqual([300, 200]);
  });

  it('rebuilds from the files when the index is damaged or deleted, losing nothing', async () => {
    const { cache, index } = await setup();
    await writeFile(index, '{"format": 1, "entries": ');
    expect((await open(cache)).deals.map((deal) => deal.id)).toEqual(['alpha', 'beta']);
    await writeFile(index, JSON.stringify({ format: 1, workspace: workspace(), entries: { 'alpha.json': { stat: 'x', summary: 'not a summary' } } }));
    expect((await open(cache)).deals.map((deal) => deal.id)).toEqual(['alpha', 'beta']);
  });

  it('qualifies again for another review date and after the settings change', async () => {
    const { cache } = await setup();
    const contacted = (await open(cache, '2026-11-30')).deals[0];
    const later = (await open(cache, '2027-06-30')).deals[0];
    expect(later?.gaps.map(([code]) => code)).toContain('stale-decision-maker');
    expect(contacted?.gaps.map(([code]) => code)).not.toContain('stale-decision-maker');
    await writeFile(join(workspace(), 'settings.json'), JSON.stringify({ staleContactDays: 3650 }));
    expect((await open(cache, '2027-06-30')).deals[0]?.gaps.map(([code]) => code)).not.toContain('stale-decision-maker');
  });

  it('reuses a summary on later and earlier review days while no date it reads passes, and qualifies again the day one does', async () => {
    const { cache, index } = await setup();
    // Both deals: decision-makers last contacted 20 November (stale from 21 December), close date 28 February.
    const document = JSON.parse(await readFile(index, 'utf8')) as { entries: Record<string, { span: unknown; summary: { amount: number } }> };
    expect(document.entries['alpha.json']?.span).toEqual([null, dayNumber('2026-12-21')]);
    // The index says 999: a listing that reuses the summary shows it, one that qualifies the file again shows 100.
    (document.entries['alpha.json'] as { summary: { amount: number } }).summary.amount = 999;
    await writeFile(index, JSON.stringify(document));
    const old = new Date(Date.now() - 60_000);
    for (const name of ['alpha.json', 'beta.json']) await utimes(join(workspace(), 'deals', name), old, old);
    expect((await open(cache, '2026-12-01')).deals.map((deal) => deal.amount)).toEqual([999, 200]);
    expect((await open(cache, '2026-12-20')).deals.map((deal) => deal.amount)).toEqual([999, 200]);
    expect((await open(cache, '2026-10-01')).deals.map((deal) => deal.amount)).toEqual([999, 200]);
    const stale = await open(cache, '2026-12-21');
    expect(stale.deals.map((deal) => deal.amount)).toEqual([100, 200]);
    expect(stale.deals.map((deal) => deal.gaps.map(([code]) => code).includes('stale-decision-maker'))).toEqual([true, true]);
    const reread = JSON.parse(await readFile(index, 'utf8')) as { entries: Record<string, { span: unknown }> };
    expect(reread.entries['alpha.json']?.span).toEqual([dayNumber('2026-12-21'), dayNumber('2027-03-01')]);
  });

  it('keeps a problem whatever the settings and day, and judges again a problem cached in an older wording', async () => {
    const { cache, index } = await setup();
    await putDealFile(workspace(), 'deep.json', `{"schemaVersion": 2, "id": "deep", "x": ${'['.repeat(100)}${']'.repeat(100)}}`);
    await open(cache);
    const old = new Date(Date.now() - 60_000);
    for (const name of ['alpha.json', 'beta.json', 'deep.json']) await utimes(join(workspace(), 'deals', name), old, old);
    await open(cache);
    type Entries = Record<string, { key: string; problem: { message: string; issues: { message: string; reason?: unknown }[] } | null }>;
    const document = JSON.parse(await readFile(index, 'utf8')) as { entries: Entries };
    const problem = document.entries['deep.json']?.problem;
    expect(problem?.issues[0]?.reason).toEqual({ id: 'file-problems.too-deep', values: { max: 64 } });
    // The index says "tampered": a listing that reuses the problem shows it, one that reads the file again does not.
    const tamper = (key: string) => {
      const entry = document.entries['deep.json'];
      if (entry?.problem) Object.assign(entry, { key, problem: { ...entry.problem, message: 'deals/deep.json: tampered' } });
      return writeFile(index, JSON.stringify(document));
    };
    const problems = async (asOf?: string) => (await open(cache, asOf)).problems.map((item) => item.message);
    await tamper(document.entries['deep.json']?.key ?? '');
    await writeFile(join(workspace(), 'settings.json'), JSON.stringify({ staleContactDays: 3650 }));
    expect(await problems('2027-06-30')).toEqual(['deals/deep.json: tampered']);
    // An index written before the problems' wording changed keyed them like summaries: those are judged again.
    await tamper(`old-settings|rules-4`);
    expect(await problems('2027-06-30')).toEqual(['deals/deep.json: nests objects and lists deeper than 64 levels; a deal has about 6']);
  });

  it('forgets a removed file and lists a new one', async () => {
    const { cache } = await setup();
    await putDealFile(workspace(), 'gamma.json', serializeDeal(buildHealthyDeal({ id: 'gamma', name: 'Gamma' })));
    const { rm } = await import('node:fs/promises');
    await rm(join(workspace(), 'deals', 'beta.json'));
    expect((await open(cache)).deals.map((deal) => deal.id)).toEqual(['alpha', 'gamma']);
  });

  it('with a watcher, lists again after an outside change by re-checking just the changed file', async () => {
    const { cache } = await setup();
    const services = createDealmapServices({ workspace: workspace(), cacheFolder: cache });
    await services.listDeals({ asOf: AS_OF });
    const heard: string[][] = [];
    const watch = await services.watch((change) => heard.push([...change.files]));
    try {
      const path = join(workspace(), 'deals', 'beta.json');
      await writeFile(path, (await readFile(path, 'utf8')).replace('"amount": 200,', '"amount": 250,'));
      await vi.waitFor(() => expect(heard.flat()).toContain('deals/beta.json'));
      expect((await services.listDeals({ asOf: AS_OF })).deals.map((deal) => deal.amount)).toEqual([100, 250]);
    } finally {
      watch.close();
    }
  });
});

describe('the first listing with a watcher', () => {
  it('answers from the index at once, then finds a file changed while nothing watched and reports it', async () => {
    const { cache } = await setup();
    // Changed while no Dealmap ran: the index on disk still has the old amount.
    const path = join(workspace(), 'deals', 'beta.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace('"amount": 200,', '"amount": 275,'));
    const services = createDealmapServices({ workspace: workspace(), cacheFolder: cache });
    const heard: string[][] = [];
    const watch = await services.watch((change) => heard.push([...change.files]));
    try {
      // The documented window: the first answer is the index's.
      expect((await services.listDeals({ asOf: AS_OF })).deals.map((deal) => deal.amount)).toEqual([100, 200]);
      await vi.waitFor(() => expect(heard).toContainEqual(['deals/beta.json']));
      expect((await services.listDeals({ asOf: AS_OF })).deals.map((deal) => deal.amount)).toEqual([100, 275]);
      const changed = await services.listChangedDeals({ files: ['deals/beta.json'], asOf: AS_OF });
      expect(changed.deals.map((deal) => deal.amount)).toEqual([275]);
    } finally {
      watch.close();
    }
  });

  it('reports nothing when no file changed, and new and removed files are right from the first answer', async () => {
    const { cache } = await setup();
    const { rm } = await import('node:fs/promises');
    await rm(join(workspace(), 'deals', 'alpha.json'));
    await putDealFile(workspace(), 'gamma.json', serializeDeal(buildHealthyDeal({ id: 'gamma', name: 'Gamma', amount: 300 })));
    const services = createDealmapServices({ workspace: workspace(), cacheFolder: cache });
    const heard: string[][] = [];
    const watch = await services.watch((change) => heard.push([...change.files]));
    try {
      expect((await services.listDeals({ asOf: AS_OF })).deals.map((deal) => deal.amount)).toEqual([200, 300]);
      // The next listing waits for the background check; it found nothing to report.
      expect((await services.listDeals({ asOf: AS_OF })).deals.map((deal) => deal.amount)).toEqual([200, 300]);
      expect(heard).toEqual([]);
    } finally {
      watch.close();
    }
  });
});
