// Demo: a US healthcare deal that is qualified and well covered: what good looks like.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysAfter, daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function riversideIntake(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
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
      stakeholders: [
        { id: 'anil', name: 'Dr. Anil Patel', title: 'Chief Medical Information Officer', role: 'decision-maker',
          stance: 'champion', influence: 5, interest: 'committed', lastContact: ago(4), coveredBy: 'Maya Johnson' },
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
