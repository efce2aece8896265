// The per-field deal merge on examples: edits of different people survive, a clash keeps both values, delete vs edit keeps the edit.
import { describe, expect, it } from 'vitest';
import { dealSchema } from '../../../shared/model/deal-schema';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { dealChangeMessages, describeDealChanges } from '../../../shared/merge/describe-deal-changes';
import { mergeDeals } from '../../../shared/merge/merge-deals';
import { resolveClash } from '../../../shared/merge/resolve-clash';
import { buildHealthyDeal, influences, stakeholder, withStakeholder } from '../../support/deal-builder';

const authors = { ours: { by: 'Sara Lind', at: '2026-12-01T10:00:00Z' }, theirs: { by: 'Coach Nils', at: '2026-12-01T11:00:00Z' } };
const base = buildHealthyDeal({ revision: 3 });

describe('mergeDeals', () => {
  it('keeps edits to different people and different fields of one person', () => {
    const ours = { ...withStakeholder(base, 'eva', { stance: 'supporter' }), revision: 4 };
    const theirs = { ...withStakeholder(base, 'anders', { influence: 5 }), amount: 900000, revision: 5 };
    const merged = mergeDeals(base, ours, theirs, authors);
    expect(merged.clashes).toEqual([]);
    expect(merged.deal.stakeholders.find((person) => person.id === 'eva')?.stance).toBe('supporter');
    expect(merged.deal.stakeholders.find((person) => person.id === 'anders')?.influence).toBe(5);
    expect(merged.deal.amount).toBe(900000);
    expect(merged.deal.revision).toBe(6);
    expect(merged.deal.clashes).toBeUndefined();
  });

  it('records a true clash with both values and authors, ours in the field, and the deal still validates', () => {
    const ours = withStakeholder(base, 'eva', { stance: 'supporter' });
    const theirs = withStakeholder(base, 'eva', { stance: 'saboteur' });
    const merged = mergeDeals(base, ours, theirs, authors);
    expect(merged.deal.stakeholders.find((person) => person.id === 'eva')?.stance).toBe('supporter');
    expect(merged.clashes).toHaveLength(1);
    expect(merged.deal.clashes?.[0]).toMatchObject({
      path: ['stakeholders', 'eva', 'stance'],
      label: 'Eva Berg › Stance',
      current: { value: 'supporter', by: 'Sara Lind' },
      other: { value: 'saboteur', by: 'Coach Nils' },
    });
    expect(dealSchema.safeParse(merged.deal).success).toBe(true);
  });

  it('settles a clash with the picked value and removes the record', () => {
    const merged = mergeDeals(base, withStakeholder(base, 'eva', { stance: 'supporter' }), withStakeholder(base, 'eva', { stance: 'saboteur' }), authors);
    const clashId = merged.deal.clashes?.[0]?.id ?? '';
    const settled = resolveClash(merged.deal, clashId, 'other');
    expect(settled.stakeholders.find((person) => person.id === 'eva')?.stance).toBe('saboteur');
    expect(settled.clashes).toBeUndefined();
    expect(resolveClash(merged.deal, clashId, 'current').stakeholders.find((person) => person.id === 'eva')?.stance).toBe('supporter');
  });

  it('keeps a person one side deleted and the other edited, and says so', () => {
    const ours = { ...base, stakeholders: base.stakeholders.filter((person) => person.id !== 'anders'), relations: [] };
    const theirs = withStakeholder(base, 'anders', { notes: 'Now reports to the CIO' });
    const merged = mergeDeals(base, ours, theirs, authors);
    expect(merged.deal.stakeholders.find((person) => person.id === 'anders')?.notes).toBe('Now reports to the CIO');
    expect(merged.keptEdits.map((kept) => renderMessage(dealmapIntl('en'), kept))).toEqual(['Anders Holm: deleted by Sara Lind, edited by Coach Nils; kept']);
    expect(merged.keptEdits.map((kept) => renderMessage(dealmapIntl('sv'), kept))).toEqual(['Anders Holm: togs bort av Sara Lind men ändrades av Coach Nils; ändringen behölls']);
  });

  it('restores a person whom the other side connected with a new relation', () => {
    const withKim = { ...base, stakeholders: [...base.stakeholders, stakeholder({ id: 'kim', name: 'Kim Ek' })] };
    const ours = { ...withKim, stakeholders: base.stakeholders };
    const theirs = { ...withKim, relations: [...withKim.relations, influences('kim', 'eva')] };
    const merged = mergeDeals(withKim, ours, theirs, authors);
    expect(dealSchema.safeParse(merged.deal).success).toBe(true);
    expect(merged.deal.stakeholders.map((person) => person.id)).toContain('kim');
    expect(merged.keptEdits).toHaveLength(1);
  });

  it('keeps both sides\u2019 new people and benefits, in a sensible order', () => {
    const ours = { ...base, stakeholders: [...base.stakeholders, stakeholder({ id: 'kim' })], valueCase: { ...base.valueCase, benefits: [...base.valueCase.benefits, { kind: 'other' as const, text: 'Faster invoicing' }] } };
    const theirs = { ...base, stakeholders: [...base.stakeholders, stakeholder({ id: 'lo' })], valueCase: { ...base.valueCase, benefits: [...base.valueCase.benefits, { kind: 'easier-work' as const, text: 'Audit trail' }] } };
    const merged = mergeDeals(base, ours, theirs, authors);
    expect(merged.deal.stakeholders.map((person) => person.id)).toEqual(['eva', 'anders', 'kim', 'lo']);
    expect(merged.deal.valueCase.benefits.map((benefit) => benefit.text)).toEqual(['Close the books in three days', 'Faster invoicing', 'Audit trail']);
  });
});

describe('describeDealChanges', () => {
  it('says what changed in a salesperson\u2019s words', () => {
    const after = { ...withStakeholder(base, 'eva', { stance: 'supporter' }), amount: 500000, stakeholders: [...withStakeholder(base, 'eva', { stance: 'supporter' }).stakeholders, stakeholder({ id: 'kim', name: 'Kim Ek' })] };
    expect(describeDealChanges(base, after)).toEqual(['Amount 480000 → 500000', 'added Kim Ek', 'Eva Berg › Stance changed from Champion to Supporter']);
    expect(describeDealChanges(null, base)).toEqual(['created deal ERP replacement']);
  });

  it('names coded fields and their values by their labels, in Swedish too', () => {
    const relation = base.relations[0];
    if (relation === undefined) throw new Error('the healthy deal has a relation');
    const after = { ...withStakeholder(base, 'eva', { stance: 'supporter', role: 'influencer' }), status: 'won', relations: [{ ...relation, strength: 1 }, ...base.relations.slice(1)] };
    const changes = dealChangeMessages(base, after);
    const [en, sv] = [dealmapIntl('en'), dealmapIntl('sv')];
    expect(changes.map((change) => renderMessage(en, change))).toEqual(expect.arrayContaining(['Status changed from Open to Won', 'Eva Berg › Role changed from Decision-maker to Influencer', 'Eva Berg › Stance changed from Champion to Supporter']));
    const swedish = changes.map((change) => renderMessage(sv, change));
    expect(swedish).toEqual(expect.arrayContaining(['Status ändrades från Öppen till Vunnen', 'Eva Berg › Hållning ändrades från Ambassadör till Förespråkare']));
    expect(swedish.some((text) => text.startsWith('relationen ') && text.includes(' › Relationens styrka ändrades från') && text.endsWith('till svag'))).toBe(true);
    expect(swedish.join('\n')).not.toMatch(/[{}]|stance|champion →|decision-maker/);
  });
});
