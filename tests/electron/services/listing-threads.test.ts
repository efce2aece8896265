// Listing threads read and qualify deal files exactly as the listing's own thread does, whatever order the answers take.
import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { lazyListingThreads, listingThreadCount } from '../../../electron/services/index/listing-threads';
import { qualifyDealText } from '../../../electron/services/index/qualify-deal-text';
import { contentHash } from '../../../electron/services/index/read-listed-file';
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

  it('read, hash and qualify files as the listing does on its own thread, hostile files and reuse included', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 200, seed: 5, asOf: options.asOf }));
    const folder = join(workspace(), 'deals');
    await writeFile(join(folder, 'broken.json'), '{ "schemaVersion": 1,');
    await writeFile(join(folder, 'renamed.json'), await readFile(join(folder, (await readdir(folder))[0] ?? ''), 'utf8'));
    await symlink(join(folder, 'broken.json'), join(folder, 'linked.json'));
    const names = [...(await readdir(folder)).sort(), 'gone.json'];
    const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8').catch(() => null)));
    const threads = lazyListingThreads(worker, folder, options, names.length, 2);
    expect(threads).not.toBeNull();
    const reuse = contentHash(texts[1] ?? '');
    const pooled = await Promise.all(names.map((name, at) => threads?.read(name, at === 1 ? reuse : null)));
    await threads?.stop();
    const outcomes = pooled.map((read) => (read?.kind === 'read' ? read.outcome : read?.outcome));
    const single = names.map((name, at) => {
      if (name === 'linked.json') return { problem: { file: 'deals/linked.json', message: 'deals/linked.json: is a symbolic link; Dealmap reads only regular files and follows no links', issues: [{ path: '(document)', message: 'is a symbolic link; Dealmap reads only regular files and follows no links', reason: { id: 'file-problems.unsafe.symlink' } }] } };
      const text = texts[at];
      if (text === null || text === undefined) return null;
      return at === 1 ? 'same' : qualifyDealText(text, name, options);
    });
    expect(outcomes).toEqual(single);
    // Each file read is keyed as the listing keys it: its content hash and stat identity.
    const read = pooled[0];
    const stats = await lstat(join(folder, names[0] ?? ''));
    expect(read).toMatchObject({ kind: 'read', hash: contentHash(texts[0] ?? ''), stat: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` });
    expect(single.filter((outcome) => outcome !== null && typeof outcome === 'object' && 'problem' in outcome)).toHaveLength(3);
  }, 60_000);

  it('are not used for a workspace too small to gain from them', () => {
    expect(listingThreadCount(500)).toBe(0);
    expect(lazyListingThreads(worker, workspace(), options, 500)).toBeNull();
  });
});
