// Benchmarks of issue 3's engine work: ranking a deal's next best actions, and qualifying now that gaps carry paths.
import { rankDealActions } from '../../shared/actions/rank-deal-actions';
import { rankNextActions } from '../../shared/actions/rank-next-actions';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { LENS_IDS } from '../../shared/model/vocabulary';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';

const random = seededRandom(2026);
const typical = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);

// What the side panel and `dealmap report` run: built-in and lens candidates, lens progress, per lens.
const lensDeals = LENS_IDS.map((lens) => ({ ...large, lens }));
// Every lens warmed up before any is timed: the first one timed would otherwise pay for the JIT of all.
for (let n = 0; n < 10; n += 1) lensDeals.forEach((deal) => rankDealActions(deal, { asOf: AS_OF }));
for (const deal of lensDeals) {
  const ranked = rankDealActions(deal, { asOf: AS_OF });
  report(
    `rankDealActions ${deal.lens}: 50 people, 120 relations (${ranked.length} actions)`,
    await measure(() => rankDealActions(deal, { asOf: AS_OF }), 51),
  );
}
report('rankNextActions, built-in only: 50 people, 120 relations', await measure(() => rankNextActions(large, { asOf: AS_OF }), 51));
report(
  'qualifyDeal with gap paths: 5,000 typical deals',
  await measure(() => typical.forEach((deal) => qualifyDeal(deal, { asOf: AS_OF })), 15),
);
