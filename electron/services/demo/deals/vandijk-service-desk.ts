// Demo: a Dutch logistics deal that was won and gave two referrals: the cycle starts again.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function vandijkServiceDesk(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  return demoDeal(
    {
      id: 'vandijk-service-desk',
      name: 'Service desk consolidation',
      account: 'Van Dijk Logistiek B.V.',
      owner: 'Sanne de Vries',
      amount: 340000,
      currency: 'EUR',
      closeDate: ago(45),
      status: 'won',
      need: { confirmed: true, summary: 'Three service desks after two acquisitions; tickets get lost between them.' },
      valueCase: {
        benefits: [
          { kind: 'easier-work', text: 'One queue and one knowledge base for all depots' },
          { kind: 'better-support', text: 'Dutch-speaking onboarding team on site for the first month' },
        ],
        savings: { frontEnd: 30000, backEnd: 95000 },
      },
      pain: { text: 'Tickets get lost between three desks; depots call each other instead.', confirmedBy: 'femke' },
      budget: { amount: 340000, confirmedBy: 'pieter', note: '' },
      decisionProcess: {
        steps: [
          { id: 'demo', text: 'Demo for the depot managers', date: ago(100), done: true },
          { id: 'coo-decision', text: 'COO decision', date: ago(50), done: true },
        ],
        confirmedBy: 'femke',
      },
      competition: [
        { id: 'keep-three', name: 'Keep three desks', kind: 'do-nothing', note: 'Femke had the count of lost tickets.' },
      ],
      stakeholders: [
        { id: 'pieter', name: 'Pieter van Dijk', title: 'COO', role: 'decision-maker', stance: 'champion',
          influence: 5, interest: 'committed', lastContact: ago(12), coveredBy: 'Sanne de Vries' },
        { id: 'femke', name: 'Femke Jansen', title: 'IT Service Manager', role: 'initiator', stance: 'champion',
          influence: 3, interest: 'committed', lastContact: ago(4), coveredBy: 'Sanne de Vries' },
        { id: 'joost', name: 'Joost Bakker', title: 'Procurement Officer', role: 'buyer', stance: 'supporter',
          influence: 2, interest: 'discussing-benefits', lastContact: ago(30), coveredBy: 'Sanne de Vries' },
        { id: 'lotte', name: 'Lotte Visser', title: 'Service Desk Agent', role: 'user', stance: 'supporter',
          influence: 1, interest: 'general-info', lastContact: ago(4), coveredBy: 'Bram Mulder' },
      ],
      relations: [
        reportsTo('femke', 'pieter'),
        reportsTo('joost', 'pieter'),
        reportsTo('lotte', 'femke'),
        influences('femke', 'pieter', 3),
      ],
      referrals: [
        { name: 'Hollandia Koeltransport', contact: 'Mark de Boer', note: 'Same three-desk problem after a merger' },
        { name: 'Rijnmond Havendiensten', contact: 'Eline Smit' },
      ],
    },
    calendar,
  );
}
