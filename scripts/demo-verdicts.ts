// Prints every demo deal's stage, score and gaps (and its lens scorecard), for the closing note's before/after.
import { buildDemoDeals } from '../electron/services/demo/demo-deals';
import { qualifyDeal } from '../shared/engine/qualify-deal';
import { lensFor, scoreLens } from '../shared/lenses/score-lens';
import { DEFAULT_WORKSPACE_SETTINGS } from '../shared/settings/workspace-settings';

const today = process.argv[2] ?? '2026-01-15';
const options = { asOf: today, settings: DEFAULT_WORKSPACE_SETTINGS };
for (const deal of buildDemoDeals({ today, updatedAt: `${today}T09:00:00.000Z` })) {
  const { stage, score, gaps } = qualifyDeal(deal, options);
  const lens = lensFor(deal, DEFAULT_WORKSPACE_SETTINGS);
  const card = scoreLens(deal, lens, options);
  const letters = card.criteria.map((criterion) => `${criterion.code}=${criterion.status}`).join(' ');
  console.log(`${deal.name} (${deal.status}): ${stage} · ${score} · ${gaps.map((gap) => `${gap.code}[${gap.severity[0]}]`).join(', ') || 'No gaps'}`);
  console.log(`  lens ${lens}: ${letters}`);
}
