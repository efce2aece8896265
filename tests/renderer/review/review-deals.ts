// Deals for the review tests: Acme's blocked ERP deal (a saboteur), a healthy finance suite and an empty BI deal.
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';

export function reviewDeals(): Deal[] {
  return [
    buildDealWithSaboteur({ owner: 'Sara Lind', amount: 480_000, currency: 'SEK', closeDate: '2027-02-28' }),
    buildHealthyDeal({ name: 'Finance suite', owner: 'Per Ek', amount: 900_000, currency: 'SEK', closeDate: '2027-05-10' }),
    buildDeal({ id: 'cafe-bi', name: 'BI platform', account: 'Café Åkesson', owner: 'Sara Lind', closeDate: '2027-03-15' }),
  ];
}
