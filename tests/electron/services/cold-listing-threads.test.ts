// A cold open of 10,000 deal files read on listing threads lists and indexes exactly what one thread does, its progress moving as they read.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { indexFilePath } from '../../../electron/services/index/index-location';
import { loadIndex } from '../../../electron/services/index/index-store';
import { listingThreadCount } from '../../../electron/services/index/listing-threads';
import { makeTempWorkspace, useTempWorkspace } from '../../support/temp-workspace';

const AS_OF = '2026-12-01';
const workspace = useTempWorkspace('all');
const worker = new URL('../../../electron/services/index/listing-worker.ts', import.meta.url);

async function coldOpen(listingWorker?: URL) {
  const cacheFolder = await makeTempWorkspace('dealmap-cache-');
  const services = createDealmapServices({ workspace: workspace(), cacheFolder, ...(listingWorker ? { listingWorker } : {}) });
  // What the app's progress bar polls while the listing runs ("Reading the deal files: N of M").
  const seen: { done: number; total: number }[] = [];
  let finished = false;
  const listed = services.listDeals({ asOf: AS_OF }).finally(() => (finished = true));
  while (!finished) {
    const progress = await services.listingProgress({});
    if (progress !== null) seen.push(progress);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const listing = await listed;
  const after = await services.listingProgress({});
  await services.flushIndex();
  const entries = [...(await loadIndex(indexFilePath(workspace(), cacheFolder), workspace()))];
  // Whether a file counts as just written depends on the moment it was read; entries come in the order files were read.
  const kept = entries.map(([name, { racy: _racy, ...entry }]) => [name, entry] as const);
  return { listing, entries: kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), seen, after };
}

describe('a cold open on listing threads', () => {
  it('lists and indexes 10,000 files, a broken one among them, as one thread does', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 10_000, seed: 4, asOf: AS_OF, people: 3 }));
    await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 1,');
    expect(listingThreadCount(10_001)).toBeGreaterThan(0);
    const single = await coldOpen();
    const threaded = await coldOpen(worker);
    expect(single.listing.deals).toHaveLength(10_000);
    expect(single.listing.problems.map((problem) => problem.file)).toEqual(['deals/broken.json']);
    expect(single.entries).toHaveLength(10_001);
    expect(threaded.listing).toEqual(single.listing);
    expect(threaded.entries).toEqual(single.entries);
    // The progress moves while the threads read: it counts up to every file, and is gone once listed.
    const done = threaded.seen.map((progress) => progress.done);
    expect(new Set(threaded.seen.map((progress) => progress.total))).toEqual(new Set([10_001]));
    expect(done.some((count) => count > 0 && count < 10_001)).toBe(true);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(threaded.after).toBeNull();
  }, 240_000);
});
