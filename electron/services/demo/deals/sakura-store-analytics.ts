// Demo: a Japanese retail lead: need not confirmed, nobody interested yet, no decision-maker found.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function sakuraStoreAnalytics(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  return demoDeal(
    {
      id: 'sakura-store-analytics',
      name: 'Store analytics pilot',
      account: 'Sakura Retail K.K.',
      owner: 'Kenji Watanabe',
      amount: 18000000,
      currency: 'JPY',
      closeDate: daysAfter(calendar.today, 180),
      status: 'open',
      // The account executive calls a lead commit: the engine challenges it (commit-at-risk).
      forecastCategory: 'commit',
      need: {
        confirmed: false,
        summary: 'Possibly footfall and queue analytics for 40 stores in Kansai; not confirmed with anyone.',
      },
      valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
      stakeholders: [
        { id: 'yamada', name: 'Hiroshi Yamada', title: 'Store Operations Manager, Kansai', role: 'influencer',
          stance: 'neutral', influence: 3, interest: 'unknown', lastContact: ago(16), coveredBy: 'Kenji Watanabe',
          notes: 'Met at a retail-tech seminar; passed on our brochure to head office.' },
        { id: 'sato', name: 'Yuki Sato', title: 'Executive Assistant to the COO', role: 'gatekeeper',
          stance: 'neutral', influence: 2, interest: 'none', lastContact: ago(16), coveredBy: 'Kenji Watanabe' },
        { id: 'tanaka', name: 'Ren Tanaka', title: 'Store Manager, Umeda', role: 'user', stance: 'supporter',
          influence: 1, interest: 'unknown', lastContact: ago(40) },
        { id: 'kobayashi', name: 'Emi Kobayashi', title: 'IT Planning', role: 'unknown', stance: 'unknown',
          influence: 2, interest: 'unknown', lastContact: null },
      ],
      relations: [reportsTo('tanaka', 'yamada'), influences('tanaka', 'yamada', 1)],
      referrals: [],
    },
    calendar,
  );
}
