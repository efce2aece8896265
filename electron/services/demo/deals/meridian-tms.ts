// Demo: a UK enterprise transport-management deal, 27 people in six departments, two saboteurs and two decision-makers.
import type { Deal, Stakeholder } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

type Person = [id: string, name: string, title: string, role: Stakeholder['role'], stance: Stakeholder['stance'], influence: number, department: string];

const PEOPLE: readonly Person[] = [
  ['olivia', 'Olivia Hart', 'Chief Operating Officer', 'decision-maker', 'supporter', 5, 'Executive'],
  ['richard', 'Richard Vance', 'Chief Financial Officer', 'decision-maker', 'neutral', 5, 'Executive'],
  ['amira', 'Amira Shah', 'Chief of Staff', 'gatekeeper', 'neutral', 2, 'Executive'],
  ['priya', 'Priya Nair', 'Chief Information Officer', 'influencer', 'neutral', 4, 'IT'],
  ['gareth', 'Gareth Lowe', 'Head of IT Infrastructure', 'influencer', 'saboteur', 4, 'IT'],
  ['tom', 'Tom Reilly', 'Enterprise Architect', 'influencer', 'supporter', 3, 'IT'],
  ['hannah', 'Hannah Cole', 'Integration Lead', 'user', 'champion', 2, 'IT'],
  ['dev', 'Dev Patel', 'Service Desk Manager', 'user', 'neutral', 1, 'IT'],
  ['marcus', 'Marcus Reid', 'Information Security Officer', 'gatekeeper', 'skeptic', 3, 'IT'],
  ['fiona', 'Fiona Grant', 'Director of Transport Operations', 'initiator', 'champion', 4, 'Operations'],
  ['liam', 'Liam Walsh', 'Regional Fleet Manager, North', 'user', 'supporter', 2, 'Operations'],
  ['sophie', 'Sophie Turner', 'Regional Fleet Manager, South', 'user', 'neutral', 2, 'Operations'],
  ['kwame', 'Kwame Mensah', 'Planning Manager', 'user', 'supporter', 2, 'Operations'],
  ['ellie', 'Ellie Brooks', 'Senior Transport Planner', 'user', 'champion', 1, 'Operations'],
  ['nathan', 'Nathan Price', 'Depot Manager, Daventry', 'user', 'skeptic', 2, 'Operations'],
  ['claire', 'Claire Dawson', 'Financial Controller', 'influencer', 'supporter', 3, 'Finance'],
  ['simon', 'Simon Hughes', 'Head of FP&A', 'influencer', 'saboteur', 4, 'Finance'],
  ['rosa', 'Rosa Martin', 'Freight Audit Lead', 'user', 'supporter', 2, 'Finance'],
  ['ian', 'Ian Fletcher', 'Management Accountant', 'user', 'unknown', 1, 'Finance'],
  ['grace', 'Grace Okafor', 'Head of Procurement', 'buyer', 'neutral', 3, 'Procurement'],
  ['owen', 'Owen Clarke', 'Category Manager, Logistics', 'buyer', 'supporter', 2, 'Procurement'],
  ['bea', 'Bea Lindqvist', 'Supplier Risk Analyst', 'user', 'unknown', 1, 'Procurement'],
  ['james', 'James Whitfield', 'General Counsel', 'gatekeeper', 'neutral', 3, 'Legal'],
  ['nadia', 'Nadia Rahman', 'Commercial Lawyer', 'user', 'unknown', 1, 'Legal'],
  ['paul', 'Paul Stevens', 'Head of Customer Service', 'influencer', 'neutral', 3, 'Customer Service'],
  ['zoe', 'Zoe Adams', 'Customer Service Team Lead', 'user', 'supporter', 1, 'Customer Service'],
  ['ben', 'Ben Carter', 'Customer Insight Analyst', 'unknown', 'unknown', 1, 'Customer Service'],
];

const CONTACT_DAYS: Readonly<Record<string, number | null>> = {
  olivia: 18, richard: 52, amira: 30, priya: 25, gareth: 6, tom: 11, hannah: 3, dev: null, marcus: 40,
  fiona: 2, liam: 14, sophie: 33, kwame: 9, ellie: 4, nathan: 21, claire: 16, simon: 8, rosa: 12, ian: null,
  grace: 27, owen: 10, bea: null, james: 60, nadia: null, paul: 35, zoe: 19, ben: null,
};

function stakeholders(calendar: DemoCalendar): Stakeholder[] {
  return PEOPLE.map(([id, name, title, role, stance, influence, department]) => {
    const days = CONTACT_DAYS[id] ?? null;
    return {
      id, name, title, role, stance, influence, department,
      interest: stance === 'champion' ? 'committed' : stance === 'saboteur' ? 'none' : role === 'user' ? 'discussing-benefits' : 'general-info',
      lastContact: days === null ? null : daysBefore(calendar.today, days),
      ...(days === null ? {} : { coveredBy: days < 20 ? 'Sara Lind' : 'Magnus Öberg' }),
    };
  });
}

export function meridianTms(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
  return demoDeal(
    {
      id: 'meridian-tms',
      name: 'Group transport management',
      account: 'Meridian Logistics Group plc',
      owner: 'Sara Lind',
      amount: 1250000,
      currency: 'GBP',
      closeDate: ahead(120),
      status: 'open',
      lens: 'meddpicc',
      need: { confirmed: true, summary: 'Six regional planning tools, no shared view of loads, and empty running at 24 %.' },
      valueCase: {
        benefits: [
          { kind: 'other', text: 'Cut empty running from 24 % to 15 % of fleet miles' },
          { kind: 'efficiency', text: 'One planning tool instead of six regional spreadsheets' },
        ],
        savings: { frontEnd: null, backEnd: 2100000 },
      },
      pain: { text: 'Loads are planned region by region; trucks run back empty while a neighbouring depot hires subcontractors.', confirmedBy: 'fiona' },
      metrics: [
        { id: 'empty-running', text: 'Empty running, share of fleet miles', baseline: 24, target: 15, unit: '%', confirmedBy: 'fiona' },
      ],
      budget: { amount: 1250000, confirmedBy: null, note: 'Richard has not confirmed the capital budget; Simon argues for a spreadsheet upgrade instead.' },
      timeframe: { event: 'Peak season planning freeze', date: ahead(150), confirmedBy: 'olivia' },
      decisionCriteria: [
        { id: 'telematics', text: 'Reads the existing telematics feed without new hardware', confirmedBy: 'tom' },
        { id: 'security', text: 'Passes the ISO 27001 supplier review', confirmedBy: null },
      ],
      decisionProcess: {
        steps: [
          { id: 'pilot', text: 'Pilot in the North region', date: ago(20), done: true },
          { id: 'security-review', text: 'Security review by Marcus', date: ahead(21), done: false },
          { id: 'board', text: 'Board approval of the capital spend', date: ahead(90), done: false },
        ],
        confirmedBy: 'fiona',
      },
      competition: [
        { id: 'spreadsheets', name: 'Upgrade the regional spreadsheets', kind: 'in-house', note: 'Simon and Gareth’s preferred option.' },
      ],
      stakeholders: stakeholders(calendar),
      relations: [
        reportsTo('amira', 'olivia'), reportsTo('priya', 'olivia'), reportsTo('fiona', 'olivia'), reportsTo('paul', 'olivia'),
        reportsTo('claire', 'richard'), reportsTo('simon', 'richard'), reportsTo('grace', 'richard'), reportsTo('james', 'richard'),
        reportsTo('gareth', 'priya'), reportsTo('tom', 'priya'), reportsTo('marcus', 'priya'),
        reportsTo('hannah', 'tom'), reportsTo('dev', 'gareth'),
        reportsTo('liam', 'fiona'), reportsTo('sophie', 'fiona'), reportsTo('kwame', 'fiona'),
        reportsTo('ellie', 'kwame'), reportsTo('nathan', 'sophie'),
        reportsTo('rosa', 'claire'), reportsTo('ian', 'simon'),
        reportsTo('owen', 'grace'), reportsTo('bea', 'owen'),
        reportsTo('nadia', 'james'), reportsTo('zoe', 'paul'), reportsTo('ben', 'paul'),
        influences('gareth', 'priya', 3),
        influences('priya', 'olivia', 2),
        influences('simon', 'richard', 3),
        influences('simon', 'claire', 2),
        influences('fiona', 'olivia', 3),
        influences('ellie', 'fiona', 2),
        influences('hannah', 'tom', 2),
        influences('tom', 'priya', 2),
        influences('claire', 'richard', 1),
        influences('marcus', 'james', 2),
        influences('owen', 'grace', 2),
        influences('nathan', 'sophie', 1),
      ],
      referrals: [],
    },
    calendar,
  );
}
