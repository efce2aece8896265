// Listing threads qualify deal file texts exactly as the listing's own thread does, whatever order the answers take.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { lazyListingThreads, listingThreadCount } from '../../../electron/services/index/listing-threads';
import { qualifyDealText } from '../../../electron/services/index/qualify-deal-text';
import { startThreadPool } from '../../../electron/services/thread-pool';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { useTempWorkspace } from '../../support/temp-workspace';

const options = { asOf: '2026-12-01', settings: defaultWorkspaceSettings() };
const workspace = useTempWorkspace('all');
const worker = new URL('../../../electron/services/index/listing-worker.ts', import.meta.url);

describe('listing threads', () => {
  it('start as real worker threads here, from the TypeScript sources', async () => {
    const pool = startThreadPool<readonly { name: string; text: string }[], readonly unknown[]>(worker, options, 1);
    expect(pool).not.toBeNull();
    expect(await pool?.run([{ name: 'x.json', text: 'null' }])).toEqual([qualifyDealText('null', 'x.json', options)]);
    await pool?.stop();
  });

  it('give the same summaries and problems as one thread for 200 generated deals and hostile texts', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 200, seed: 5, asOf: options.asOf }));
    await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 1,');
    await writeFile(join(workspace(), 'deals', 'renamed.json'), await readFile(join(workspace(), 'deals', (await readdir(join(workspace(), 'deals')))[0] ?? ''), 'utf8'));
    const names = (await readdir(join(workspace(), 'deals'))).sort();
    const texts = await Promise.all(names.map((name) => readFile(join(workspace(), 'deals', name), 'utf8')));
    const threads = lazyListingThreads(worker, options, names.length, 2);
    expect(threads).not.toBeNull();
    const pooled = await Promise.all(names.map((name, at) => threads?.qualify(name, texts[at] ?? '')));
    await threads?.stop();
    const single = names.map((name, at) => qualifyDealText(texts[at] ?? '', name, options));
    expect(pooled).toEqual(single);
    expect(single.filter((outcome) => outcome !== null && 'problem' in outcome)).toHaveLength(2);
  }, 60_000);

  it('are not used for a workspace too small to gain from them', () => {
    expect(listingThreadCount(500)).toBe(0);
    expect(lazyListingThreads(worker, options, 500)).toBeNull();
  });
});
