// Demo: a Norwegian energy deal that was won, and nobody asked the happy customer for a referral.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function nordlysGridMonitoring(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
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
      stakeholders: [
        { id: 'erik', name: 'Erik Johansen', title: 'CEO (Administrerende direktør)', role: 'decision-maker',
          stance: 'supporter', influence: 5, interest: 'committed', lastContact: ago(18), coveredBy: 'Ingrid Solberg' },
        { id: 'silje', name: 'Silje Hansen', title: 'Head of Grid Operations', role: 'influencer',
          stance: 'champion', influence: 4, interest: 'committed', lastContact: ago(6), coveredBy: 'Ingrid Solberg' },
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
