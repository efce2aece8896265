// Demo: a Swedish ERP deal that looks qualified but has a strong saboteur and a CFO gone quiet.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function northwindErp(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  return demoDeal(
    {
      id: 'northwind-erp',
      name: 'ERP replacement',
      account: 'Northwind AB',
      owner: 'Sara Lind',
      amount: 480000,
      currency: 'SEK',
      closeDate: daysAfter(calendar.today, 75),
      status: 'open',
      need: {
        confirmed: true,
        summary: 'Month-end close takes nine days, and the current ERP loses vendor support next year.',
      },
      valueCase: {
        benefits: [
          { kind: 'efficiency', text: 'Close the books in three days instead of nine' },
          { kind: 'better-support', text: 'Swedish-speaking support desk with a four-hour response time' },
        ],
        savings: { frontEnd: null, backEnd: null },
      },
      stakeholders: [
        { id: 'eva', name: 'Eva Berg', title: 'CFO', role: 'decision-maker', stance: 'neutral', influence: 5,
          interest: 'general-info', lastContact: ago(41), coveredBy: 'Sara Lind',
          notes: 'Signs off anything above 250 000 SEK. Not met since the kickoff workshop.' },
        { id: 'anders', name: 'Anders Nyström', title: 'IT Manager', role: 'influencer', stance: 'saboteur',
          influence: 4, interest: 'none', lastContact: ago(9), coveredBy: 'Sara Lind',
          notes: 'Built the current system in-house and reads the project as a verdict on his team.' },
        { id: 'karin', name: 'Karin Holm', title: 'Group Controller', role: 'initiator', stance: 'champion',
          influence: 3, interest: 'committed', lastContact: ago(5), coveredBy: 'Sara Lind',
          notes: 'Runs the month-end close and started the evaluation.' },
        { id: 'johan', name: 'Johan Ek', title: 'Head of Procurement', role: 'buyer', stance: 'neutral',
          influence: 2, interest: 'general-info', lastContact: ago(20), coveredBy: 'Magnus Öberg' },
        { id: 'lena', name: 'Lena Sjöberg', title: 'Accounts Payable Lead', role: 'user', stance: 'supporter',
          influence: 2, interest: 'discussing-benefits', lastContact: ago(12), coveredBy: 'Magnus Öberg' },
        { id: 'mikael', name: 'Mikael Strand', title: 'Executive Assistant to the CFO', role: 'gatekeeper',
          stance: 'unknown', influence: 1, interest: 'unknown', lastContact: null },
      ],
      relations: [
        reportsTo('anders', 'eva'),
        reportsTo('karin', 'eva'),
        reportsTo('johan', 'eva'),
        reportsTo('mikael', 'eva'),
        reportsTo('lena', 'karin'),
        influences('anders', 'eva', 3),
        influences('karin', 'eva', 1),
        influences('lena', 'karin', 2),
      ],
      referrals: [],
    },
    calendar,
  );
}
