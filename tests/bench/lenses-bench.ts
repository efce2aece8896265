// Benchmarks of the methodology lenses: scoring typical deals through each lens, and a large deal.
import { lensProgress, scoreLens } from '../../shared/lenses';
import { rankNextActions } from '../../shared/actions/rank-next-actions';
import { LENS_IDS } from '../../shared/model/deal-schema';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';

const random = seededRandom(2026);
const typical = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);

for (const lens of LENS_IDS) {
  report(`scoreLens ${lens}: 5,000 typical deals`, await measure(() => typical.forEach((deal) => scoreLens(deal, lens, { asOf: AS_OF })), 15));
}
report('scoreLens meddpicc: 50 people, 120 relations', await measure(() => scoreLens(large, 'meddpicc', { asOf: AS_OF }), 51));
report(
  'rankNextActions with meddpicc lensProgress: 50 people, 120 relations',
  await measure(
    () => rankNextActions(large, { asOf: AS_OF, lensProgress: (deal) => lensProgress(scoreLens(deal, 'meddpicc', { asOf: AS_OF })) }),
    51,
  ),
);
