// Demo: a German manufacturing deal whose plant director, a decision-maker, works against it.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function brandtMes(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
  return demoDeal(
    {
      id: 'brandt-mes',
      name: 'Factory MES rollout',
      account: 'Brandt Maschinenbau GmbH',
      owner: 'Jonas Weber',
      amount: 860000,
      currency: 'EUR',
      closeDate: daysAfter(calendar.today, 120),
      status: 'open',
      forecastCategory: 'pipeline',
      need: {
        confirmed: true,
        summary: 'Scrap on line 3 is at 6 %, and nobody can trace which batch caused a defect.',
      },
      valueCase: {
        benefits: [
          { kind: 'efficiency', text: 'Trace a defective part to its batch in minutes instead of days' },
          { kind: 'easier-work', text: 'Shift handover on a tablet instead of paper logs' },
        ],
        savings: { frontEnd: null, backEnd: 140000 },
      },
      pain: { text: 'Every customer complaint about a defect costs two engineers a week of tracing paper records.',
        confirmedBy: 'anna' },
      metrics: [
        { id: 'scrap-rate', text: 'Scrap rate on line 3', baseline: 6, target: 2, unit: '%', confirmedBy: 'anna' },
        { id: 'trace-time', text: 'Time to trace a defect to its batch', baseline: 3, target: null, unit: 'days',
          confirmedBy: null },
      ],
      timeframe: { event: 'Line 3 retooling', date: ahead(150), confirmedBy: null },
      decisionCriteria: [
        { id: 'sap-link', text: 'Books scrap and rework straight into the ERP', confirmedBy: 'stefan' },
      ],
      competition: [
        { id: 'in-house-mes', name: 'In-house MES extension', kind: 'in-house',
          note: 'Proposed by Dr. Brandt’s team; no batch tracing on the roadmap.' },
        { id: 'rival-mes', name: 'A rival MES vendor', kind: 'vendor', note: '' },
      ],
      stakeholders: [
        { id: 'monika', name: 'Monika Hoffmann', title: 'Managing Director (Geschäftsführerin)',
          role: 'decision-maker', stance: 'unknown', influence: 5, interest: 'unknown', lastContact: null,
          coveredBy: 'Jonas Weber', notes: 'Final approval above 500 000 EUR. We have never met her.' },
        { id: 'klaus', name: 'Dr. Klaus Brandt', title: 'Plant Director (Werkleiter)', role: 'decision-maker',
          stance: 'saboteur', influence: 5, interest: 'none', lastContact: ago(14), coveredBy: 'Jonas Weber',
          notes: 'Backs the in-house MES extension his team proposed; said the budget is better spent on a press.' },
        { id: 'stefan', name: 'Stefan Krüger', title: 'Head of Production IT', role: 'influencer',
          stance: 'champion', influence: 3, interest: 'committed', lastContact: ago(3), coveredBy: 'Jonas Weber',
          championTest: { power: false, influence: true, personalStake: '' } },
        { id: 'anna', name: 'Anna Schmidt', title: 'Quality Manager', role: 'influencer', stance: 'supporter',
          influence: 3, interest: 'discussing-benefits', lastContact: ago(10), coveredBy: 'Lea Fischer' },
        { id: 'thomas', name: 'Thomas Wagner', title: 'Shift Supervisor, Line 3', role: 'user',
          stance: 'supporter', influence: 1, interest: 'general-info', lastContact: ago(10), coveredBy: 'Lea Fischer' },
        { id: 'birgit', name: 'Birgit Lange', title: 'Strategic Purchasing', role: 'buyer', stance: 'neutral',
          influence: 2, interest: 'general-info', lastContact: ago(25), coveredBy: 'Jonas Weber' },
      ],
      relations: [
        reportsTo('klaus', 'monika'),
        reportsTo('birgit', 'monika'),
        reportsTo('stefan', 'klaus'),
        reportsTo('anna', 'klaus'),
        reportsTo('thomas', 'anna'),
        influences('stefan', 'klaus', 2),
        influences('anna', 'klaus', 2),
        influences('thomas', 'anna', 1),
        influences('birgit', 'monika', 1),
      ],
      referrals: [],
    },
    calendar,
  );
}
