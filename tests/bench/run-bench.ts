// `npm run bench`: medians of repeated runs for the engine, the layout and the workspace store.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { autoLayout } from '../../shared/layout/auto-layout';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `work` warm-up times unmeasured (JIT), then `runs` times; answers the median in ms. */
async function measure(work: () => unknown, runs: number, warmUp = 3): Promise<{ median: number; min: number; max: number }> {
  for (let n = 0; n < warmUp; n += 1) await work();
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function report(label: string, result: { median: number; min: number; max: number }, runs: number): void {
  const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
  console.log(`${label.padEnd(58)} median ${ms(result.median).padStart(10)}  (min ${ms(result.min)}, max ${ms(result.max)}, ${runs} runs)`);
}

const random = seededRandom(2026);
const typical = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);

report('qualifyDeal: 5,000 typical deals (12 people, 20 relations)', await measure(() => typical.forEach((deal) => qualifyDeal(deal, { asOf: AS_OF })), 15), 15);
report('qualifyDeal: one deal of 50 people and 120 relations', await measure(() => qualifyDeal(large, { asOf: AS_OF }), 51), 51);
report('autoLayout: one deal of 50 people and 120 relations', await measure(() => autoLayout(large), 51), 51);

const workspace = await mkdtemp(join(tmpdir(), 'dealmap-bench-'));
try {
  await mkdir(join(workspace, 'deals'));
  await Promise.all(typical.slice(0, 1_000).map((deal) => writeFile(join(workspace, 'deals', `${deal.id}.json`), serializeDeal(deal))));
  const services = createDealmapServices({ workspace });
  report('listDeals: read and validate a 1,000-deal workspace', await measure(() => services.listDeals({}), 7, 1), 7);
  let current = await services.getDeal({ id: 'deal-0' });
  report(
    'saveDeal: one atomic, durable save (fsync file and folder)',
    await measure(async () => {
      current = await services.saveDeal({ deal: { ...current, owner: `Owner ${current.revision}` } });
    }, 31),
    31,
  );
} finally {
  await rm(workspace, { recursive: true, force: true });
}
