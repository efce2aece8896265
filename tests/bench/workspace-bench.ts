// Workspace bench: generate a realistic 5,000-deal workspace, then open it (list, validate, qualify).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { DEFAULT_GENERATE_AS_OF, generateDeals, writeGeneratedWorkspace } from '../../electron/services/generate';
import { measure, report } from './bench-kit';

const DEALS = 5_000;
const AS_OF = DEFAULT_GENERATE_AS_OF;

const root = await mkdtemp(join(tmpdir(), 'dealmap-workspace-bench-'));
try {
  let run = 0;
  const generation = await measure(
    async () => {
      run += 1;
      await writeGeneratedWorkspace(join(root, `run-${run}`), generateDeals({ deals: DEALS, seed: 2026, asOf: AS_OF }));
    },
    3,
    0,
  );
  report('generate: 5,000 realistic deals into a new workspace', generation);
  const workspace = join(root, `run-${run}`);
  let cold = 0;
  report(
    'cold open (no index): listDeals of 5,000 generated deals, each read, validated, qualified and summarized',
    await measure(async () => {
      cold += 1;
      const listing = await createDealmapServices({ workspace, cacheFolder: join(root, `cache-${cold}`) }).listDeals({ asOf: AS_OF });
      if (listing.deals.length !== DEALS) throw new Error(`expected ${DEALS} deals, read ${listing.deals.length}`);
    }, 5, 1),
  );
  const warmCache = join(root, 'cache-warm');
  const first = createDealmapServices({ workspace, cacheFolder: warmCache });
  await first.listDeals({ asOf: AS_OF });
  await first.flushIndex();
  let bytes = 0;
  report(
    'warm open (index on disk, new process state): listDeals of 5,000 deals',
    await measure(async () => {
      const listing = await createDealmapServices({ workspace, cacheFolder: warmCache }).listDeals({ asOf: AS_OF });
      bytes = Buffer.byteLength(JSON.stringify(listing.deals));
    }, 11, 1),
  );
  console.log(`listing payload: ${Math.round(bytes / DEALS)} bytes per deal before compression`);
} finally {
  await rm(root, { recursive: true, force: true });
}
