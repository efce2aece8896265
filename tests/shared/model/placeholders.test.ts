import { describe, expect, it } from 'vitest';
import { dealSchema } from '../../../shared/model/deal-schema';
import { confirmPlaceholder, isPlaceholder, livePlaceholders, valueAt } from '../../../shared/model/placeholders';
import { scoreLens } from '../../../shared/lenses';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { TEST_AS_OF } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { evidenceTexts, criterionInEnglish } from '../lenses/lens-test-helpers';

describe('placeholders', () => {
  it('read fields by path, items by id', () => {
    const deal = buildFullyQualifiedDeal();
    expect(valueAt(deal, 'budget.amount')).toBe(500000);
    expect(valueAt(deal, 'metrics[m1].text')).toBe('Days to close the books');
    expect(valueAt(deal, 'stakeholders[eva].championTest.personalStake')).toBe('Wants the CFO role in the group');
    expect(valueAt(deal, 'metrics[nope].text')).toBeUndefined();
  });

  it('are written by moves that mark them, stand until a person types another value, and never validate', () => {
    const deal = buildFullyQualifiedDeal({ lens: 'meddpicc' });
    const tried = applyMoves(deal, [
      { kind: 'set-champion-test', stakeholderId: 'eva', personalStake: 'Personal stake (to be found out)', placeholders: ['personalStake'] },
      { kind: 'add-metric', text: 'Metric (to be agreed with the customer)', placeholders: ['text'] },
    ]);
    expect(dealSchema.safeParse(tried).success).toBe(true);
    expect(livePlaceholders(tried).map((mark) => mark.path)).toEqual(['stakeholders[eva].championTest.personalStake', 'metrics[m2].text']);
    const card = scoreLens(tried, 'meddpicc', { asOf: TEST_AS_OF });
    const champion = card.criteria.find((criterion) => criterion.code === 'champion');
    expect(champion?.status).toBe('identified');
    expect(champion === undefined ? '' : evidenceTexts(champion).at(-1)).toMatch(/^To be confirmed: Eva Berg's personal stake is "Personal stake \(to be found out\)", a placeholder/);
    // A person replaces the text: the mark no longer stands, and the criterion reads the real answer.
    const typed = { ...tried, stakeholders: tried.stakeholders.map((person) => (person.id === 'eva' ? { ...person, championTest: { power: true, influence: true, personalStake: 'Her bonus' } } : person)) };
    expect(isPlaceholder(typed, 'stakeholders[eva].championTest.personalStake')).toBe(false);
    expect(scoreLens(typed, 'meddpicc', { asOf: TEST_AS_OF }).criteria.find((criterion) => criterion.code === 'champion')?.status).toBe('validated');
    // Or confirms the value as it is: the mark goes, the value stays.
    const confirmed = confirmPlaceholder(tried, 'metrics[m2].text');
    expect(livePlaceholders(confirmed).map((mark) => mark.path)).toEqual(['stakeholders[eva].championTest.personalStake']);
    expect(valueAt(confirmed, 'metrics[m2].text')).toBe('Metric (to be agreed with the customer)');
  });

  it('are not written over a value already there', () => {
    const deal = buildFullyQualifiedDeal();
    expect(applyMoves(deal, [{ kind: 'set-budget', amount: 500000, placeholders: ['amount'] }])).toBe(deal);
  });
});

describe('the need confirmed by a stakeholder', () => {
  it('is named in the Need evidence, and forgotten with the stakeholder so the file stays valid', async () => {
    const { forgetConfirmations } = await import('../../../shared/edits/qualification-edits');
    const deal = buildFullyQualifiedDeal({ need: { confirmed: true, summary: 'Slow close', confirmedBy: 'anders' } });
    const need = scoreLens(deal, 'bant', { asOf: TEST_AS_OF }).criteria.find((criterion) => criterion.code === 'need');
    expect(need === undefined ? undefined : criterionInEnglish(need).evidence[0]).toEqual({ text: 'Anders Holm (IT manager) confirmed the need: "Slow close".', stakeholderIds: ['anders'] });
    const without = forgetConfirmations({ ...deal, stakeholders: deal.stakeholders.filter((person) => person.id !== 'anders'), relations: [] }, ['anders']);
    expect(without.need.confirmedBy).toBeNull();
    expect(dealSchema.safeParse(without).success).toBe(true);
  });
});
