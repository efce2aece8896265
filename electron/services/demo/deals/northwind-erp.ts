// Demo: a Swedish ERP deal that looks qualified but has a strong saboteur and a CFO gone quiet.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function northwindErp(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
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
      forecastCategory: 'best-case',
      lens: 'meddpicc',
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
      pain: {
        text: 'Finance works two weekends a month to close the books, and the auditors flagged late accruals twice.',
        confirmedBy: 'karin',
      },
      metrics: [
        { id: 'close-days', text: 'Working days to close the books', baseline: 9, target: 3, unit: 'days',
          confirmedBy: 'karin' },
        { id: 'manual-matches', text: 'Supplier invoices matched by hand each month', baseline: 1200, target: null,
          unit: 'invoices', confirmedBy: null },
      ],
      budget: { amount: 480000, confirmedBy: null,
        note: 'Karin expects it in next year’s IT budget; Eva has not said so herself.' },
      timeframe: { event: 'Current ERP loses vendor support', date: ahead(200), confirmedBy: 'karin' },
      decisionCriteria: [
        { id: 'swedish-support', text: 'Swedish-speaking support with a four-hour response time', confirmedBy: 'karin' },
        { id: 'payroll-integration', text: 'Posts payroll journals without manual re-entry', confirmedBy: null },
      ],
      decisionProcess: {
        steps: [
          { id: 'shortlist', text: 'Shortlist of two vendors', date: ago(30), done: true },
          { id: 'references', text: 'Reference calls with two customers', date: ahead(10), done: false },
          { id: 'cfo-sign-off', text: 'CFO sign-off', date: null, done: false },
        ],
        confirmedBy: null,
      },
      competition: [
        { id: 'in-house', name: 'Extend the current ERP in-house', kind: 'in-house',
          note: 'Anders’s team; cheaper up front, but the platform loses vendor support next year.' },
      ],
      stakeholders: [
        { id: 'eva', name: 'Eva Berg', title: 'CFO', role: 'decision-maker', stance: 'neutral', influence: 5,
          interest: 'general-info', lastContact: ago(41), coveredBy: 'Sara Lind',
          notes: 'Signs off anything above 250 000 SEK. Not met since the kickoff workshop.' },
        { id: 'anders', name: 'Anders Nyström', title: 'IT Manager', role: 'influencer', stance: 'saboteur',
          influence: 4, interest: 'none', lastContact: ago(9), coveredBy: 'Sara Lind',
          notes: 'Built the current system in-house and reads the project as a verdict on his team.' },
        { id: 'karin', name: 'Karin Holm', title: 'Group Controller', role: 'initiator', stance: 'champion',
          influence: 3, interest: 'committed', lastContact: ago(5), coveredBy: 'Sara Lind',
          notes: 'Runs the month-end close and started the evaluation.',
          championTest: { power: false, influence: true,
            personalStake: 'Her team works the month-end weekends; a three-day close gives them back.' } },
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
