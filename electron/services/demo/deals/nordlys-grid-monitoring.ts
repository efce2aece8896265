// Demo: a Norwegian energy deal that was won, and nobody asked the happy customer for a referral.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function nordlysGridMonitoring(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
  return demoDeal(
    {
      id: 'nordlys-grid-monitoring',
      name: 'Grid asset monitoring',
      account: 'Nordlys Energi AS',
      owner: 'Ingrid Solberg',
      amount: 3200000,
      currency: 'NOK',
      closeDate: ago(20),
      status: 'won',
      lens: 'bant',
      need: {
        confirmed: true,
        summary: 'Unplanned transformer outages in the northern grid cost 14 MNOK last winter.',
      },
      valueCase: {
        benefits: [
          { kind: 'efficiency', text: 'Predict transformer failures weeks ahead instead of after the outage' },
          { kind: 'easier-work', text: 'Field technicians get one work list instead of three systems' },
        ],
        savings: { frontEnd: 250000, backEnd: 9000000 },
      },
      pain: { text: 'Unplanned transformer outages left 6 000 homes without power in January.', confirmedBy: 'silje' },
      metrics: [
        { id: 'outage-cost', text: 'Cost of unplanned transformer outages per winter', baseline: 14, target: 4,
          unit: 'MNOK', confirmedBy: 'erik' },
      ],
      budget: { amount: 3200000, confirmedBy: 'erik', note: 'Board approved as part of the grid resilience plan.' },
      timeframe: { event: 'Sensors live on the northern grid before the winter peak', date: ahead(90),
        confirmedBy: 'silje' },
      decisionProcess: {
        steps: [
          { id: 'pilot', text: 'Pilot on twelve transformers', date: ago(90), done: true },
          { id: 'board', text: 'Board approval', date: ago(25), done: true },
        ],
        confirmedBy: 'erik',
      },
      paperProcess: {
        steps: [{ id: 'tender', text: 'Public procurement notice and contract', date: ago(20), done: true }],
        confirmedBy: 'ole',
      },
      competition: [
        { id: 'scada-vendor', name: 'The SCADA vendor’s monitoring module', kind: 'vendor',
          note: 'Lost on prediction: it alarms on failures, ours forecasts them.' },
      ],
      stakeholders: [
        { id: 'erik', name: 'Erik Johansen', title: 'CEO (Administrerende direktør)', role: 'decision-maker',
          stance: 'supporter', influence: 5, interest: 'committed', lastContact: ago(18), coveredBy: 'Ingrid Solberg' },
        { id: 'silje', name: 'Silje Hansen', title: 'Head of Grid Operations', role: 'influencer',
          stance: 'champion', influence: 4, interest: 'committed', lastContact: ago(6), coveredBy: 'Ingrid Solberg',
          championTest: { power: true, influence: true, personalStake: 'Answers to the regulator for every outage.' } },
        { id: 'ole', name: 'Ole Berg', title: 'Procurement Lead', role: 'buyer', stance: 'neutral', influence: 2,
          interest: 'general-info', lastContact: ago(20), coveredBy: 'Ingrid Solberg' },
        { id: 'kari', name: 'Kari Nilsen', title: 'Field Technician Team Lead', role: 'user', stance: 'supporter',
          influence: 2, interest: 'discussing-benefits', lastContact: ago(9), coveredBy: 'Henrik Dahl' },
      ],
      relations: [
        reportsTo('silje', 'erik'),
        reportsTo('ole', 'erik'),
        reportsTo('kari', 'silje'),
        influences('silje', 'erik', 3),
        influences('kari', 'silje', 2),
      ],
      referrals: [],
    },
    calendar,
  );
}
