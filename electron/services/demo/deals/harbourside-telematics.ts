// Demo: a UK logistics prospect with one contact, a skeptical boss nobody on our side reaches, no benefits written down.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function harboursideTelematics(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
  return demoDeal(
    {
      id: 'harbourside-telematics',
      name: 'Fleet telematics',
      account: 'Harbourside Logistics Ltd',
      owner: 'Oliver Hughes',
      amount: 185000,
      currency: 'GBP',
      // Slipped: the close date passed and nobody has agreed a new one yet (close-date-passed).
      closeDate: daysBefore(calendar.today, 5),
      status: 'open',
      forecastCategory: 'best-case',
      lens: 'bant',
      need: {
        confirmed: true,
        summary: 'Fuel is 31 % of operating cost on the Felixstowe routes, and idling is not measured.',
      },
      valueCase: { benefits: [], savings: { frontEnd: null, backEnd: 42000 } },
      budget: { amount: null, confirmedBy: null, note: 'Claire has no budget of her own; David decides on spend.' },
      timeframe: { event: 'Fuel card contract renewal', date: ahead(120), confirmedBy: null },
      competition: [
        { id: 'do-nothing', name: 'Do nothing', kind: 'do-nothing', note: '' },
      ],
      stakeholders: [
        { id: 'claire', name: 'Claire Bennett', title: 'Operations Manager', role: 'initiator', stance: 'neutral',
          influence: 3, interest: 'general-info', lastContact: ago(6), coveredBy: 'Oliver Hughes',
          notes: 'Asked for a quote after a fuel-cost review; polite but non-committal.' },
        { id: 'david', name: 'David Ashworth', title: 'Managing Director', role: 'decision-maker',
          stance: 'skeptic', influence: 5, interest: 'none', lastContact: ago(21), coveredBy: 'Oliver Hughes',
          notes: 'Signed off the 2019 telematics pilot and still quotes it as money wasted.' },
        { id: 'ian', name: 'Ian Clarke', title: 'Finance Director', role: 'influencer', stance: 'skeptic',
          influence: 4, interest: 'none', lastContact: ago(45),
          notes: 'Thinks the last telematics pilot in 2019 never paid back.' },
        { id: 'priya', name: 'Priya Shah', title: 'Fleet Engineer', role: 'user', stance: 'supporter',
          influence: 2, interest: 'unknown', lastContact: ago(30),
          notes: 'Liked the demo at the trade show; we have not talked since.' },
      ],
      relations: [
        reportsTo('claire', 'david'),
        reportsTo('ian', 'david'),
        reportsTo('priya', 'claire'),
        influences('ian', 'david', 3),
        influences('priya', 'claire', 1),
      ],
      referrals: [],
    },
    calendar,
  );
}
