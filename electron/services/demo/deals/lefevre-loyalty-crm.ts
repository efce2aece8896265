// Demo: a French retail deal that was lost to the incumbent after the CIO worked against it.
import type { Deal } from '../../../../shared/model/deal-schema';
import { daysBefore, demoDeal, influences, reportsTo, type DemoCalendar } from '../demo-builders';

export function lefevreLoyaltyCrm(calendar: DemoCalendar): Deal {
  const ago = (days: number) => daysBefore(calendar.today, days);
  return demoDeal(
    {
      id: 'lefevre-loyalty-crm',
      name: 'Loyalty CRM migration',
      account: 'Maison Lefèvre SA',
      owner: 'Julien Moreau',
      amount: 410000,
      currency: 'EUR',
      closeDate: ago(60),
      status: 'lost',
      need: { confirmed: true, summary: 'The loyalty card data sits in a CRM that cannot segment by store.' },
      valueCase: {
        benefits: [{ kind: 'easier-work', text: 'Marketing builds store-level campaigns without IT' }],
        savings: { frontEnd: null, backEnd: null },
      },
      pain: { text: 'Marketing waits three weeks for IT to pull a store-level customer list.', confirmedBy: 'chloe' },
      competition: [
        { id: 'incumbent-upgrade', name: 'The incumbent CRM’s upgrade', kind: 'vendor',
          note: 'Thomas Girard chose it; we never met him one to one.' },
      ],
      stakeholders: [
        { id: 'isabelle', name: 'Isabelle Lefèvre', title: 'Marketing Director', role: 'decision-maker',
          stance: 'skeptic', influence: 5, interest: 'general-info', lastContact: ago(70), coveredBy: 'Julien Moreau' },
        { id: 'thomas', name: 'Thomas Girard', title: 'CIO (DSI)', role: 'influencer', stance: 'saboteur',
          influence: 4, interest: 'none', lastContact: ago(70), coveredBy: 'Julien Moreau',
          notes: 'Chose the incumbent vendor’s upgrade; we never met him one to one.' },
        { id: 'chloe', name: 'Chloé Martin', title: 'CRM Manager', role: 'user', stance: 'champion', influence: 2,
          interest: 'committed', lastContact: ago(65), coveredBy: 'Julien Moreau' },
        { id: 'antoine', name: 'Antoine Dubois', title: 'Purchasing Manager', role: 'buyer', stance: 'neutral',
          influence: 2, interest: 'general-info', lastContact: ago(68), coveredBy: 'Julien Moreau' },
      ],
      relations: [
        reportsTo('chloe', 'isabelle'),
        influences('thomas', 'isabelle', 3),
        influences('chloe', 'isabelle', 1),
      ],
      referrals: [],
    },
    calendar,
  );
}
