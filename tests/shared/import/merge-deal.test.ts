// Re-import merges, never clobbers: CRM-owned fields update; stance, influence, relations, layout, notes and lens stay.
import { describe, expect, it } from 'vitest';
import type { CrmDeal, CrmPerson } from '../../../shared/import/import-types';
import { mergeCrmDeal } from '../../../shared/import/merge-deal';
import { buildDeal, influences, stakeholder } from '../../support/deal-builder';

const NOW = '2026-12-01T09:00:00.000Z';
const anna: CrmPerson = { id: '0035g00000AnnaA', key: '0035g00000AnnaA', name: 'Anna Lindqvist', title: 'CFO', role: 'decision-maker', crmRole: 'Economic Buyer' };
const lars: CrmPerson = { id: '0035g00000LarsB', key: '0035g00000LarsB', name: 'Lars Öberg', title: 'CIO', role: 'influencer', crmRole: 'Technical Buyer', reportsTo: anna.key };

function crm(fields: Partial<CrmDeal> = {}): CrmDeal {
  return { system: 'salesforce', id: '0065g00000AbCdE', key: '0065g00000AbCdE', name: 'ERP', account: 'Nordlys AB', status: 'open', stage: 'Qualification', amount: 100, currency: 'SEK', people: [anna, lars], ...fields };
}

describe('mergeCrmDeal', () => {
  it('builds a new deal with the CRM id, stage, people and reports-to line', () => {
    const { deal } = mergeCrmDeal(undefined, crm(), 'erp', NOW);
    expect(deal).toMatchObject({ id: 'erp', name: 'ERP', account: 'Nordlys AB', amount: 100, currency: 'SEK', revision: 1, external: { system: 'salesforce', id: '0065g00000AbCdE', stage: 'Qualification' } });
    expect(deal.stakeholders.map((person) => [person.id, person.role, person.stance, person.external])).toEqual([
      ['sf-0035g00000AnnaA', 'decision-maker', 'unknown', { system: 'salesforce', id: anna.id, crmRole: 'Economic Buyer' }],
      ['sf-0035g00000LarsB', 'influencer', 'unknown', { system: 'salesforce', id: lars.id, crmRole: 'Technical Buyer' }],
    ]);
    expect(deal.relations).toEqual([expect.objectContaining({ from: 'sf-0035g00000LarsB', to: 'sf-0035g00000AnnaA', kind: 'reports-to' })]);
  });

  it('updates what the CRM owns and leaves what only Dealmap knows', () => {
    const first = mergeCrmDeal(undefined, crm(), 'erp', NOW).deal;
    const annaId = 'sf-0035g00000AnnaA';
    const larsId = 'sf-0035g00000LarsB';
    const edited = {
      ...first,
      lens: 'meddpicc' as const,
      need: { confirmed: true, summary: 'Close takes 9 days' },
      stakeholders: first.stakeholders.map((person) => (person.id === annaId ? { ...person, stance: 'skeptic' as const, influence: 5, interest: 'committed' as const, notes: 'Met at Almedalen', lastContact: '2026-11-02' } : person)),
      relations: [...first.relations, influences(larsId, annaId, 3, 'drawn')],
      layout: { [annaId]: { x: 10, y: 20 } },
    };
    const renamed: CrmPerson = { ...anna, name: 'Anna Lindqvist-Berg', title: 'CEO' };
    const merge = mergeCrmDeal(edited, crm({ amount: 250, stage: 'Negotiation/Review', people: [renamed, lars] }), 'unused', NOW);
    const after = merge.deal.stakeholders.find((person) => person.id === annaId);
    expect(after).toMatchObject({ name: 'Anna Lindqvist-Berg', title: 'CEO', stance: 'skeptic', influence: 5, interest: 'committed', notes: 'Met at Almedalen', lastContact: '2026-11-02' });
    expect(merge.deal).toMatchObject({ amount: 250, lens: 'meddpicc', need: edited.need, layout: edited.layout, external: { stage: 'Negotiation/Review' } });
    expect(merge.deal.relations).toEqual(edited.relations);
    expect(merge.changes).toEqual([
      { field: 'amount', before: '100', after: '250' },
      { field: 'CRM stage', before: 'Qualification', after: 'Negotiation/Review' },
      { field: 'Anna Lindqvist: name', before: 'Anna Lindqvist', after: 'Anna Lindqvist-Berg' },
      { field: 'Anna Lindqvist: title', before: 'CFO', after: 'CEO' },
    ]);
  });

  it('marks a contact gone from the CRM, keeps them and their lines, and unmarks them when they return', () => {
    const first = mergeCrmDeal(undefined, crm(), 'erp', NOW).deal;
    const gone = mergeCrmDeal(first, crm({ people: [anna] }), 'unused', NOW);
    expect(gone.people.gonePeople).toEqual(['Lars Öberg']);
    expect(gone.deal.stakeholders).toHaveLength(2);
    expect(gone.deal.stakeholders[1]?.external).toEqual({ system: 'salesforce', id: lars.id, crmRole: 'Technical Buyer', gone: true });
    const back = mergeCrmDeal(gone.deal, crm(), 'unused', NOW);
    expect(back.people.returnedPeople).toEqual(['Lars Öberg']);
    expect(back.deal.stakeholders[1]?.external).toEqual({ system: 'salesforce', id: lars.id, crmRole: 'Technical Buyer' });
  });

  it('never lets an unknown CRM role replace a role chosen in Dealmap, and sets a CRM stance only where there is none', () => {
    const hubspot: CrmPerson = { id: '501', key: '501', name: 'Yuki Tanaka', role: 'unknown', stance: 'champion', crmRole: 'Champion' };
    const deal = buildDeal({
      external: { system: 'hubspot', id: '9001' },
      stakeholders: [stakeholder({ id: 'yuki', role: 'decision-maker', stance: 'skeptic', external: { system: 'hubspot', id: '501' } })],
      relations: [],
    });
    const merge = mergeCrmDeal(deal, { system: 'hubspot', id: '9001', key: '9001', name: deal.name, account: deal.account, status: deal.status, people: [hubspot] }, 'unused', NOW);
    expect(merge.deal.stakeholders[0]).toMatchObject({ role: 'decision-maker', stance: 'skeptic' });
  });

  it('keeps people added in Dealmap by hand, with no CRM id', () => {
    const deal = buildDeal({ external: { system: 'salesforce', id: '0065g00000AbCdE' }, stakeholders: [stakeholder({ id: 'karin' })], relations: [] });
    const merge = mergeCrmDeal(deal, crm({ people: [] }), 'unused', NOW);
    expect(merge.deal.stakeholders).toEqual(deal.stakeholders);
    expect(merge.people.gonePeople).toEqual([]);
  });
});
