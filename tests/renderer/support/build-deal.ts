// Small builders of deals for the component tests.
import type { Deal, Relation, Stakeholder } from '../../../shared/model/deal-schema';

export function buildStakeholder(id: string, fields: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id,
    name: fields.name ?? id.charAt(0).toUpperCase() + id.slice(1),
    title: '',
    role: 'user',
    stance: 'neutral',
    influence: 3,
    interest: 'general-info',
    lastContact: null,
    ...fields,
  };
}

export function influence(from: string, to: string, strength = 2, id = `${from}-${to}`): Relation {
  return { id, from, to, kind: 'influences', strength };
}

export function reportsTo(from: string, to: string, id = `${from}-reports-${to}`): Relation {
  return { id, from, to, kind: 'reports-to' };
}

export function buildDeal(fields: Partial<Deal> = {}): Deal {
  return {
    schemaVersion: 1,
    id: 'acme-erp',
    name: 'ERP replacement',
    account: 'Acme AB',
    amount: 480000,
    currency: 'SEK',
    closeDate: '2027-02-28',
    status: 'open',
    need: { confirmed: true, summary: 'Month-end close takes nine days' },
    valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
    stakeholders: [],
    relations: [],
    referrals: [],
    revision: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...fields,
  };
}

/** A deal with a neutral decision-maker and a saboteur who influences her. */
export function dealWithSaboteur(): Deal {
  return buildDeal({
    stakeholders: [
      buildStakeholder('eva', { name: 'Eva Berg', title: 'CFO', role: 'decision-maker', lastContact: '2026-11-20' }),
      buildStakeholder('anders', { name: 'Anders Nyström', title: 'IT Manager', role: 'influencer', stance: 'saboteur' }),
    ],
    relations: [influence('anders', 'eva', 3, 'r1')],
  });
}
