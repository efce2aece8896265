// Workspace bench: generate a realistic 5,000-deal workspace, then open it (list, validate, qualify).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { DEFAULT_GENERATE_AS_OF, generateDeals, writeGeneratedWorkspace } from '../../electron/services/generate';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
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
  const services = createDealmapServices({ workspace: join(root, `run-${run}`) });
  report('listDeals: read and validate 5,000 generated deals', await measure(() => services.listDeals({}), 7, 1));
  report(
    'open: listDeals + qualifyDeal, 5,000 generated deals',
    await measure(async () => {
      const listing = await services.listDeals({});
      if (listing.deals.length !== DEALS) throw new Error(`expected ${DEALS} deals, read ${listing.deals.length}`);
      for (const deal of listing.deals) qualifyDeal(deal, { asOf: AS_OF });
    }, 7, 1),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
