// `npm run bench`: medians of repeated runs for the engine, the layout and the workspace store.
// `npm run bench -- --only map` runs one of them (names below), e.g. the map against bare React Flow.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { computeLayout } from '../../shared/layout/auto-layout';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';

/** Each bench by name, in the order `npm run bench` runs them; 'core' is this file's own. */
const BENCHES: Readonly<Record<string, () => Promise<unknown>>> = {
  actions: () => import('./actions-bench'),
  // CPU per ranking of generated deals of 12, 25 and 60 people, the saved reading given.
  ranking: () => import('./ranking-sizes-bench'),
  // A cold report's per-deal CPU, phase by phase, on the 50,000-deal workspace when present.
  engine: () => import('./engine-bench'),
  pipeline: () => import('./pipeline-bench'),
  workspace: () => import('./workspace-bench'),
  lenses: () => import('./lenses-bench'),
  // 50,000 deals take minutes (generation, a cold open, Chromium): only when asked for.
  scale: async () => (process.env.DEALMAP_BENCH_SCALE === '1' || only === 'scale' ? import('./scale-bench') : undefined),
  reviews: () => import('./reviews-bench'),
  export: () => import('./export-bench'),
  'one-to-one': () => import('./one-to-one-bench'),
  import: () => import('./import-bench'),
  team: () => import('./team-bench'),
  // The map: ELK and routing in Node, then the built app against bare React Flow in Chromium.
  map: async () => {
    await import('./map-layout-bench');
    await import('./map-browser-bench');
  },
};

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '') : null;
if (only !== null && only !== 'core' && !Object.hasOwn(BENCHES, only)) {
  console.error(`npm run bench -- --only: "${only}" is no bench; choose one of core, ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

if (only === null || only === 'core') {
  const random = seededRandom(2026);
  const typical = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
  const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);

  report('qualifyDeal: 5,000 typical deals (12 people, 20 relations)', await measure(() => typical.forEach((deal) => qualifyDeal(deal, { asOf: AS_OF })), 15));
  report('qualifyDeal: one deal of 50 people and 120 relations', await measure(() => qualifyDeal(large, { asOf: AS_OF }), 51));
  // computeLayout, not autoLayout: the latter remembers the answer and would time a lookup.
  report('autoLayout: one deal of 50 people and 120 relations', await measure(() => computeLayout(large), 51));

  const workspace = await mkdtemp(join(tmpdir(), 'dealmap-bench-'));
  try {
    await mkdir(join(workspace, 'deals'));
    await Promise.all(typical.slice(0, 1_000).map((deal) => writeFile(join(workspace, 'deals', `${deal.id}.json`), serializeDeal(deal))));
    const services = createDealmapServices({ workspace });
    let current = await services.getDeal({ id: 'deal-0' });
    report(
      'saveDeal: one atomic, durable save (fsync file and folder)',
      await measure(async () => {
        current = await services.saveDeal({ deal: { ...current, owner: `Owner ${current.revision}` } });
      }, 31),
    );
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

for (const [name, run] of Object.entries(BENCHES)) if (only === null || only === name) await run();
