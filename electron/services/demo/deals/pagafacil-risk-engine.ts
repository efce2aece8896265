// Demo: a Brazilian fintech deal where the champion outweighs a saboteur but the CFO is unread.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function pagafacilRiskEngine(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
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
      forecastCategory: 'best-case',
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
      pain: { text: 'Above 0.9 % chargebacks the card networks put PagaFácil in a monitoring program with fines.',
        confirmedBy: 'juliana' },
      metrics: [
        { id: 'chargeback-rate', text: 'Chargebacks as a share of card volume', baseline: 1.4, target: 0.8, unit: '%',
          confirmedBy: 'juliana' },
        { id: 'manual-review', text: 'Transactions sent to manual review', baseline: 12, target: 5, unit: '%',
          confirmedBy: 'lucas' },
      ],
      budget: { amount: null, confirmedBy: null, note: 'Rafael asked about the price and nothing else.' },
      timeframe: { event: 'Card networks’ chargeback deadline', date: ahead(90), confirmedBy: 'juliana' },
      decisionCriteria: [
        { id: 'latency', text: 'Decides in under 150 ms at peak volume', confirmedBy: 'juliana' },
        { id: 'explainable', text: 'Explains every decline to the compliance team', confirmedBy: null },
      ],
      decisionProcess: {
        steps: [
          { id: 'poc', text: 'Proof of concept on last quarter’s transactions', date: ago(20), done: true },
          { id: 'cfo-approval', text: 'CFO approval', date: null, done: false },
        ],
        confirmedBy: 'juliana',
      },
      paperProcess: {
        steps: [{ id: 'compliance-review', text: 'Compliance review of the data processing terms', date: ahead(30),
          done: false }],
        confirmedBy: 'marina',
      },
      competition: [
        { id: 'in-house-models', name: 'Models built by the CTO’s data team', kind: 'in-house',
          note: 'Bruno wants it; it takes a year the card networks will not give them.' },
      ],
      stakeholders: [
        { id: 'rafael', name: 'Rafael Almeida', title: 'CFO', role: 'decision-maker', stance: 'unknown',
          influence: 5, interest: 'general-info', lastContact: ago(52), coveredBy: 'Camila Rocha',
          notes: 'Sat in the first demo, asked about price, said nothing else.' },
        { id: 'juliana', name: 'Juliana Costa', title: 'Head of Fraud Prevention', role: 'influencer',
          stance: 'champion', influence: 4, interest: 'committed', lastContact: ago(2), coveredBy: 'Camila Rocha',
          championTest: { power: true, influence: true,
            personalStake: 'Her bonus depends on getting chargebacks under 0.9 % before the deadline.' } },
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
