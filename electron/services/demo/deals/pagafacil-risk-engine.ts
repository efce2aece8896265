// Demo: a Brazilian fintech deal where the champion outweighs a saboteur but the CFO is unread.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function pagafacilRiskEngine(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  return demoDeal(
    {
      id: 'pagafacil-risk-engine',
      name: 'Payments risk engine',
      account: 'PagaFácil Pagamentos S.A.',
      owner: 'Camila Rocha',
      amount: 1900000,
      currency: 'BRL',
      closeDate: daysAfter(calendar.today, 60),
      status: 'open',
      need: {
        confirmed: true,
        summary: 'Chargebacks rose to 1.4 % of card volume; the card networks want them under 0.9 % by next quarter.',
      },
      valueCase: {
        benefits: [
          { kind: 'efficiency', text: 'Decide 95 % of transactions in under 150 ms without manual review' },
          { kind: 'other', text: 'Keep good standing with the card networks' },
        ],
        savings: { frontEnd: null, backEnd: 2300000 },
      },
      stakeholders: [
        { id: 'rafael', name: 'Rafael Almeida', title: 'CFO', role: 'decision-maker', stance: 'unknown',
          influence: 5, interest: 'general-info', lastContact: ago(52), coveredBy: 'Camila Rocha',
          notes: 'Sat in the first demo, asked about price, said nothing else.' },
        { id: 'juliana', name: 'Juliana Costa', title: 'Head of Fraud Prevention', role: 'influencer',
          stance: 'champion', influence: 4, interest: 'committed', lastContact: ago(2), coveredBy: 'Camila Rocha' },
        { id: 'bruno', name: 'Bruno Ferreira', title: 'CTO', role: 'influencer', stance: 'saboteur', influence: 4,
          interest: 'general-info', lastContact: ago(11), coveredBy: 'Camila Rocha',
          notes: 'Wants his data team to build the risk models in-house.' },
        { id: 'marina', name: 'Marina Souza', title: 'Compliance Officer', role: 'gatekeeper', stance: 'neutral',
          influence: 3, interest: 'general-info', lastContact: ago(30), coveredBy: 'Diego Lima' },
        { id: 'lucas', name: 'Lucas Pereira', title: 'Senior Data Scientist', role: 'user', stance: 'supporter',
          influence: 1, interest: 'discussing-benefits', lastContact: ago(7), coveredBy: 'Diego Lima' },
      ],
      relations: [
        reportsTo('juliana', 'rafael'),
        reportsTo('marina', 'rafael'),
        reportsTo('lucas', 'bruno'),
        influences('juliana', 'rafael', 3),
        influences('bruno', 'rafael', 2),
        influences('lucas', 'juliana', 1),
      ],
      referrals: [],
    },
    calendar,
  );
}
