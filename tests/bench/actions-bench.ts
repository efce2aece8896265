// Benchmarks of issue 3's engine work: ranking next actions, and qualifying now that gaps carry paths.
import { rankNextActions } from '../../shared/actions/rank-next-actions';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';

const random = seededRandom(2026);
const typical = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);

const ranked = rankNextActions(large, { asOf: AS_OF });
report(
  `rankNextActions: 50 people, 120 relations (${ranked.length} actions)`,
  await measure(() => rankNextActions(large, { asOf: AS_OF }), 51),
);
report(
  'qualifyDeal with gap paths: 5,000 typical deals',
  await measure(() => typical.forEach((deal) => qualifyDeal(deal, { asOf: AS_OF })), 15),
);
