// BANT's four criteria, each shown missing, identified and validated on built deals.
import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../shared/model/deal-schema';
import { stakeholder, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { criterionOf, evidenceTexts } from './lens-test-helpers';

const full = buildFullyQualifiedDeal();
const of = (deal: Deal, code: string) => criterionOf(deal, 'bant', code);

describe('BANT lens: budget', () => {
  it('is validated when a stakeholder confirmed a budget that covers the deal', () => {
    expect(of(full, 'budget')).toEqual({
      code: 'budget',
      label: 'Budget',
      status: 'validated',
      evidence: [{ text: 'Eva Berg (CFO) confirmed a budget of 500,000 SEK.', stakeholderIds: ['eva'] }],
      nextStep: null,
    });
  });

  it('is identified when nobody at the customer confirmed the amount', () => {
    const result = of({ ...full, budget: { amount: 500000, confirmedBy: null, note: 'From the IT budget' } }, 'budget');
    expect(result.status).toBe('identified');
    expect(evidenceTexts(result)).toEqual([
      'A budget of 500,000 SEK is noted, but nobody at Northwind AB has confirmed it.',
      'Budget note: "From the IT budget".',
    ]);
    expect(result.nextStep).toBe('Ask Eva Berg to confirm the budget of 500,000 SEK.');
  });

  it('is identified when the confirmed budget is below the deal amount', () => {
    const result = of({ ...full, budget: { amount: 250000.5, confirmedBy: 'eva', note: '' } }, 'budget');
    expect(result.status).toBe('identified');
    expect(evidenceTexts(result)).toEqual([
      'Eva Berg (CFO) confirmed a budget of 250,000.50 SEK.',
      "The budget is below the deal's amount of 480,000 SEK.",
    ]);
    expect(result.nextStep).toBe('Ask Eva Berg whether more budget can be found, or reshape the offer to fit 250,000.50 SEK.');
  });

  it('is missing without an amount', () => {
    const result = of({ ...full, budget: { amount: null, confirmedBy: 'eva', note: '' } }, 'budget');
    expect(result).toMatchObject({ status: 'missing', evidence: [] });
    expect(result.nextStep).toBe('Ask Eva Berg what budget Northwind AB has set aside for this, and who approves it.');
  });
});

describe('BANT lens: authority', () => {
  it('is validated when a decision-maker on our side is discussing the benefits', () => {
    expect(of(full, 'authority').evidence).toEqual([
      { text: 'Eva Berg (CFO) can sign off the purchase and is discussing the benefits.', stakeholderIds: ['eva'] },
    ]);
  });

  it('is identified when the decision-maker is only curious, or works against the deal', () => {
    const curious = of(withStakeholder(full, 'eva', { interest: 'general-info' }), 'authority');
    expect(curious.status).toBe('identified');
    expect(curious.nextStep).toBe('Book a session with Eva Berg on what the purchase would change for them.');
    const against = of(withStakeholder(full, 'eva', { stance: 'saboteur', interest: 'committed' }), 'authority');
    expect(against.status).toBe('identified');
    expect(evidenceTexts(against)).toEqual(['Eva Berg (CFO) can sign off the purchase and is committed, but works against the deal.']);
  });

  it('is missing without a decision-maker', () => {
    const result = of(withStakeholder(full, 'eva', { role: 'user' }), 'authority');
    expect(result.status).toBe('missing');
    expect(result.nextStep).toBe(
      'Ask Eva Berg who signs off a purchase like this, and add them to the map as a decision-maker.',
    );
  });
});

describe('BANT lens: need', () => {
  it('reads the confirmed need, as the default lens does', () => {
    expect(of(full, 'need').status).toBe('validated');
    expect(of({ ...full, need: { confirmed: false, summary: 'Slow close' } }, 'need').status).toBe('identified');
    const nothing = { ...full, need: { confirmed: false, summary: '' }, pain: { text: '', confirmedBy: null } };
    expect(of(nothing, 'need').status).toBe('missing');
  });
});

describe('BANT lens: timeframe', () => {
  it('is validated when a stakeholder confirmed a date on or after the review date', () => {
    expect(evidenceTexts(of(full, 'timeframe'))).toEqual(['Eva Berg (CFO) confirmed the timeframe: "Auditors arrive" on 2027-03-01.']);
    const today = of({ ...full, timeframe: { event: '', date: '2026-11-30', confirmedBy: 'anders' } }, 'timeframe');
    expect(today.status).toBe('validated');
    expect(today.evidence).toEqual([
      { text: 'Anders Holm (IT manager) confirmed the timeframe: a date of 2026-11-30.', stakeholderIds: ['anders'] },
    ]);
  });

  it('is identified when unconfirmed, undated or already past', () => {
    const unconfirmed = of({ ...full, timeframe: { ...full.timeframe, confirmedBy: null } }, 'timeframe');
    expect(unconfirmed.status).toBe('identified');
    expect(unconfirmed.nextStep).toBe('Ask Eva Berg to confirm the timeframe: "Auditors arrive" on 2027-03-01.');
    const undated = of({ ...full, timeframe: { ...full.timeframe, date: null } }, 'timeframe');
    expect(undated.status).toBe('identified');
    expect(undated.nextStep).toBe('Ask Eva Berg for the date of "Auditors arrive".');
    const past = of({ ...full, timeframe: { ...full.timeframe, date: '2026-11-29' } }, 'timeframe');
    expect(past.status).toBe('identified');
    expect(evidenceTexts(past)).toContain('The date 2026-11-29 is before the review date 2026-11-30.');
    expect(past.nextStep).toBe('The date 2026-11-29 has passed: agree a new date with Eva Berg.');
  });

  it('is missing with neither an event nor a date', () => {
    const result = of({ ...full, timeframe: { event: ' ', date: null, confirmedBy: 'eva' } }, 'timeframe');
    expect(result.status).toBe('missing');
    expect(result.nextStep).toBe('Ask Eva Berg by when Northwind AB must have this in place, and what happens then.');
  });

  it('treats a confirmedBy that names nobody of the deal as unconfirmed', () => {
    const deal = { ...full, stakeholders: [...full.stakeholders, stakeholder({ id: 'olle' })] };
    expect(of({ ...deal, timeframe: { ...full.timeframe, confirmedBy: 'ghost' } }, 'timeframe').status).toBe('identified');
  });
});
