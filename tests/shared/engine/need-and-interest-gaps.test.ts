import { describe, expect, it } from 'vitest';
import { buildHealthyDeal, stakeholder, withStakeholder } from '../../support/deal-builder';
import { gapCodes, onlyGap } from './qualify-helpers';

describe('need-unconfirmed', () => {
  it('is a blocker while the need is not confirmed, quoting the summary', () => {
    const deal = buildHealthyDeal({ need: { confirmed: false, summary: 'Month-end close takes nine days' } });
    const gap = onlyGap(deal, 'need-unconfirmed');
    expect(gap).toMatchObject({ id: 'need-unconfirmed', severity: 'blocker' });
    expect(gap.message).toBe('Northwind AB has not confirmed the need yet: "Month-end close takes nine days".');
    expect(gap.nextAction).toContain('Ask Eva Berg');
  });

  it('is absent once the need is confirmed', () => {
    expect(gapCodes(buildHealthyDeal())).not.toContain('need-unconfirmed');
  });
});

describe('no-interest', () => {
  const cold = withStakeholder(
    withStakeholder(buildHealthyDeal(), 'eva', { interest: 'none' }),
    'anders',
    { interest: 'unknown' },
  );

  it('is a blocker when nobody is at general-info or higher', () => {
    const gap = onlyGap(cold, 'no-interest');
    expect(gap.severity).toBe('blocker');
    expect(gap.nextAction).toBe(
      'Send Eva Berg a short overview of what the product does for Northwind AB and ask for a first meeting.',
    );
    expect(gap.stakeholderIds).toEqual([]);
  });

  it('is absent when one stakeholder is at general-info', () => {
    expect(gapCodes(withStakeholder(cold, 'anders', { interest: 'general-info' }))).not.toContain('no-interest');
  });

  it('does not come with interest-shallow, which needs some interest', () => {
    expect(gapCodes(cold)).not.toContain('interest-shallow');
  });
});

describe('interest-shallow', () => {
  const shallow = withStakeholder(buildHealthyDeal(), 'eva', { interest: 'general-info' });

  it('is a warning when interest stops at general-info, naming who is interested', () => {
    const gap = onlyGap(shallow, 'interest-shallow');
    expect(gap.severity).toBe('warning');
    expect(gap.message).toContain('Eva Berg (CFO) and Anders Holm (IT manager) want general information');
    expect(gap.stakeholderIds).toEqual(['eva', 'anders']);
  });

  it('is absent when someone discusses benefits or is committed', () => {
    expect(gapCodes(buildHealthyDeal())).not.toContain('interest-shallow');
    expect(gapCodes(withStakeholder(shallow, 'anders', { interest: 'committed' }))).not.toContain(
      'interest-shallow',
    );
  });
});

describe('single-threaded', () => {
  it('is a warning when only one stakeholder has shown interest', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'anders', { interest: 'none' });
    const gap = onlyGap(deal, 'single-threaded');
    expect(gap.severity).toBe('warning');
    expect(gap.message).toBe('Only Eva Berg (CFO) has shown interest; the deal rests on one person.');
    expect(gap.nextAction).toBe('Ask Eva Berg to introduce you to Anders Holm.');
    expect(gap.stakeholderIds).toEqual(['eva']);
  });

  it('is a warning when nobody has shown interest', () => {
    const deal = buildHealthyDeal({ stakeholders: [stakeholder({ id: 'per', interest: 'none' })] });
    expect(onlyGap(deal, 'single-threaded').message).toContain('rests on no one yet');
  });

  it('is absent with two stakeholders at general-info or higher', () => {
    expect(gapCodes(buildHealthyDeal())).not.toContain('single-threaded');
  });
});
