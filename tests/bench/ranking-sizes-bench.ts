// CPU ms per rankDealActions by deal size (generated deals of 12, 25 and 60 people), saved reading given, one thread.
// `npm run bench -- --only ranking`; DEALMAP_BENCH_SIZES="12,25,60" picks the sizes.
import { loadavg } from 'node:os';
import { rankDealActions, readSavedDeal } from '../../shared/actions/rank-deal-actions';
import { defaultWorkspaceSettings } from '../../shared/settings/workspace-settings';
import { generateDeals } from '../../electron/services/generate';
import { median } from './bench-kit';

const AS_OF = '2026-12-01';
const SIZES = (process.env.DEALMAP_BENCH_SIZES ?? '12,25,60').split(',').map(Number);
const DEALS = 200;
const ROUNDS = 7;
const settings = defaultWorkspaceSettings();

for (const people of SIZES) {
  const deals = generateDeals({ deals: DEALS, seed: 7, asOf: AS_OF, people }).filter((deal) => deal.status === 'open');
  const saved = deals.map((deal) => readSavedDeal(deal, { asOf: AS_OF, settings }));
  const rank = () => deals.forEach((deal, index) => rankDealActions(deal, { asOf: AS_OF, settings }, saved[index]));
  rank();
  rank();
  const samples: number[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.cpuUsage();
    rank();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000 / deals.length);
  }
  console.log(
    `rankDealActions, ${String(people).padStart(2)} people (${deals.length} open deals): CPU ${median(samples).toFixed(4)} ms per ranking, median of ${ROUNDS} (min ${Math.min(...samples).toFixed(4)}, max ${Math.max(...samples).toFixed(4)}; load ${loadBefore.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)})`,
  );
}
