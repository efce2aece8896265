// A small pipeline for the view tests: two owners, blocked and clean deals, two quarters.
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';

export function pipelineDeals(): Deal[] {
  return [
    buildDealWithSaboteur({ owner: 'Sara Lind', amount: 480_000, currency: 'SEK', closeDate: '2027-02-28' }),
    buildHealthyDeal({ owner: 'Per Ek', amount: 900_000, currency: 'SEK', closeDate: '2027-05-10' }),
    buildDeal({ id: 'cafe-bi', name: 'BI platform', account: 'Café Åkesson', owner: 'Sara Lind', amount: 120_000, currency: 'SEK', closeDate: '2027-03-15' }),
  ];
}

/** `count` small deals that differ in owner, amount and close date, half of them blocked. */
export function manyDeals(count: number): Deal[] {
  return Array.from({ length: count }, (_, n) =>
    buildDeal({
      id: `deal-${n}`,
      name: `Deal ${n}`,
      account: `Account ${n} AB`,
      owner: `Owner ${n % 7}`,
      amount: (n * 7_919) % 1_000_000,
      closeDate: `2027-${String((n % 12) + 1).padStart(2, '0')}-15`,
      need: { confirmed: n % 2 === 0, summary: '' },
    }),
  );
}
