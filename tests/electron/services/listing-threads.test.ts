// Listing threads qualify deal file texts exactly as the listing's own thread does, whatever order the answers take.
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { lazyListingThreads, listingThreadCount } from '../../../electron/services/index/listing-threads';
import { qualifyDealText } from '../../../electron/services/index/qualify-deal-text';
import { fileIdentity } from '../../../electron/services/index/read-deal-in-thread';
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

  it('read, hash and qualify files there as this thread would, and leave links and folders to this thread', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 40, seed: 9, asOf: options.asOf }));
    const folder = join(workspace(), 'deals');
    await writeFile(join(folder, 'broken.json'), '{ "schemaVersion": 1,');
    const names = (await readdir(folder)).sort();
    await symlink(join(folder, names[0] ?? ''), join(folder, 'linked.json'));
    await mkdir(join(folder, 'folder.json'));
    const threads = lazyListingThreads(worker, options, names.length, 2);
    try {
      for (const name of names) {
        const text = await readFile(join(folder, name), 'utf8');
        const read = await threads?.read(name, join(folder, name));
        expect(read?.outcome).toEqual(qualifyDealText(text, name, options));
        expect(read?.hash).toBe(createHash('sha1').update(text).digest('hex'));
        expect(read?.stat).toBe(fileIdentity(await lstat(join(folder, name))));
      }
      for (const name of ['linked.json', 'folder.json', 'gone.json']) expect(await threads?.read(name, join(folder, name))).toBeNull();
    } finally {
      await threads?.stop();
    }
  }, 60_000);

  it('are not used for a workspace too small to gain from them', () => {
    expect(listingThreadCount(500)).toBe(0);
    expect(lazyListingThreads(worker, options, 500)).toBeNull();
  });
});
