// Demo: a US healthcare deal that is qualified and well covered: what good looks like.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function riversideIntake(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  const ahead = (days: number) => daysAfter(calendar.today, days);
  return demoDeal(
    {
      id: 'riverside-intake',
      name: 'Patient intake platform',
      account: 'Riverside Health System',
      owner: 'Maya Johnson',
      amount: 720000,
      currency: 'USD',
      closeDate: daysAfter(calendar.today, 45),
      status: 'open',
      forecastCategory: 'commit',
      lens: 'meddpicc',
      need: {
        confirmed: true,
        summary: 'Registration takes 14 minutes per patient and 8 % of claims bounce on intake errors.',
      },
      valueCase: {
        benefits: [
          { kind: 'easier-work', text: 'Patients pre-register on their phone; the front desk confirms instead of typing' },
          { kind: 'efficiency', text: 'Registration down from 14 to 4 minutes per patient' },
          { kind: 'better-support', text: 'Round-the-clock US support with a named clinical success manager' },
        ],
        savings: { frontEnd: 60000, backEnd: 310000 },
      },
      pain: { text: 'The front desk re-types insurance details, and 8 % of claims bounce on intake errors.',
        confirmedBy: 'linda' },
      metrics: [
        { id: 'registration-minutes', text: 'Minutes to register a patient', baseline: 14, target: 4, unit: 'minutes',
          confirmedBy: 'linda' },
        { id: 'bounced-claims', text: 'Claims bounced on intake errors', baseline: 8, target: 2, unit: '%',
          confirmedBy: 'linda' },
      ],
      budget: { amount: 750000, confirmedBy: 'linda', note: 'Approved in this year’s capital plan.' },
      timeframe: { event: 'Open enrollment season starts', date: ahead(60), confirmedBy: 'anil' },
      decisionCriteria: [
        { id: 'hipaa', text: 'Passes the HIPAA security review and signs a BAA', confirmedBy: 'marcus' },
        { id: 'ehr-scheduling', text: 'Writes appointments into the EHR scheduling module', confirmedBy: 'anil' },
      ],
      decisionProcess: {
        steps: [
          { id: 'security-review', text: 'Security review by IT Security', date: ago(12), done: true },
          { id: 'pilot', text: 'Two-week pilot at the Eastside clinic', date: ago(3), done: true },
          { id: 'steering', text: 'Steering committee approval', date: ahead(20), done: false },
        ],
        confirmedBy: 'anil',
      },
      paperProcess: {
        steps: [
          { id: 'baa', text: 'Business associate agreement signed', date: ahead(25), done: false },
          { id: 'contract', text: 'Contract signed by the VP Revenue Cycle', date: ahead(40), done: false },
        ],
        confirmedBy: 'greg',
      },
      competition: [
        { id: 'do-nothing', name: 'Do nothing', kind: 'do-nothing',
          note: 'Keeping paper forms costs about 310 000 USD a year in bounced claims; Linda has the numbers.' },
        { id: 'ehr-add-on', name: 'The EHR vendor’s intake add-on', kind: 'vendor',
          note: 'Cheaper, but no mobile pre-registration, which is what cuts the front-desk time.' },
      ],
      stakeholders: [
        { id: 'anil', name: 'Dr. Anil Patel', title: 'Chief Medical Information Officer', role: 'decision-maker',
          stance: 'champion', influence: 5, interest: 'committed', lastContact: ago(4), coveredBy: 'Maya Johnson',
          championTest: { power: true, influence: true,
            personalStake: 'Leads the patient-experience goal the board reviews this spring.' } },
        { id: 'linda', name: 'Linda Carter', title: 'VP Revenue Cycle', role: 'decision-maker', stance: 'supporter',
          influence: 4, interest: 'discussing-benefits', lastContact: ago(8), coveredBy: 'Maya Johnson' },
        { id: 'marcus', name: 'Marcus Reed', title: 'Director of IT Security', role: 'gatekeeper', stance: 'skeptic',
          influence: 3, interest: 'general-info', lastContact: ago(15), coveredBy: 'Chris Nolan',
          notes: 'Needs the HIPAA security review and a signed BAA before any pilot.' },
        { id: 'tasha', name: 'Tasha Williams', title: 'Front Desk Supervisor', role: 'user', stance: 'champion',
          influence: 2, interest: 'committed', lastContact: ago(6), coveredBy: 'Maya Johnson' },
        { id: 'greg', name: 'Greg Olsen', title: 'Procurement Manager', role: 'buyer', stance: 'neutral',
          influence: 2, interest: 'general-info', lastContact: ago(18), coveredBy: 'Chris Nolan' },
      ],
      relations: [
        reportsTo('marcus', 'anil'),
        reportsTo('tasha', 'linda'),
        reportsTo('greg', 'linda'),
        influences('tasha', 'linda', 2),
        influences('marcus', 'anil', 2),
      ],
      referrals: [],
    },
    calendar,
  );
}
