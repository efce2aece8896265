// Map layout figures: ELK's layout (the work the layout worker does) and the arrow routing, for 50, 150 and 300 people.
import { computeLayout } from '../../shared/layout/auto-layout';
import { routeDeal } from '../../shared/layout/map-routes';
import { generateDeal } from '../../electron/services/generate';
import { measure, report } from './bench-kit';

for (const people of [50, 150, 300]) {
  const deal = generateDeal(0, 2026, '2026-11-27', people);
  const label = `${people} people, ${deal.relations.length} relations`;
  report(`map layout (ELK, as in the worker): ${label}`, await measure(() => computeLayout(deal), people >= 300 ? 7 : 11));
  const positions = computeLayout(deal);
  report(`map routing (arrows around cards): ${label}`, await measure(() => routeDeal(deal, positions), people >= 300 ? 7 : 11));
}
