import { describe, expect, it } from 'vitest';
import { compareGaps, GAP_SEVERITY_ORDER, qualifyDeal, summarizeQualification } from '../../../shared/engine/qualify-deal';
import { buildDeal, buildHealthyDeal, stakeholder } from '../../support/deal-builder';
import { gapCodes, onlyGap, qualify, qualifyRaw } from './qualify-helpers';

describe('won and lost deals', () => {
  it('gives a won deal without referrals only referral-not-asked, as info, naming the champion to ask', () => {
    const won = buildHealthyDeal({ status: 'won', need: { confirmed: false, summary: '' } });
    expect(gapCodes(won)).toEqual(['referral-not-asked']);
    const gap = onlyGap(won, 'referral-not-asked');
    expect(gap).toMatchObject({ id: 'referral-not-asked', severity: 'info', stakeholderIds: ['eva'] });
    expect(gap.nextAction).toBe('Ask Eva Berg who else might have the same need, and record the referrals on the deal.');
    expect(qualify(won).stage).toBe('customer');
  });

  it('gives a won deal with a referral no gap', () => {
    expect(gapCodes(buildDeal({ status: 'won', referrals: [{ name: 'Contoso AB' }] }))).toEqual([]);
  });

  it('never asks for referrals on an open deal', () => {
    expect(gapCodes(buildDeal())).not.toContain('referral-not-asked');
  });

  it('gives a lost deal no gaps', () => {
    expect(qualify(buildDeal({ status: 'lost' }))).toEqual({ lens: 'qualified-prospect', stage: 'lost', score: 0, gaps: [] });
  });
});

describe('review date', () => {
  it('must be a real YYYY-MM-DD date', () => {
    for (const asOf of ['2026-02-30', '30/11/2026', '', '2026-11-30T00:00:00Z']) {
      expect(() => qualifyDeal(buildDeal(), { asOf })).toThrow(RangeError);
    }
  });
});

describe('gap order and summary', () => {
  const deal = buildDeal({ stakeholders: [stakeholder({ id: 'per' })] });

  it('lists blockers, then warnings, then infos, by code order within a severity', () => {
    expect(gapCodes(deal)).toEqual([
      'need-unconfirmed',
      'no-interest',
      'no-decision-maker',
      'single-threaded',
      'no-benefits',
      'no-savings-case',
      // The default lens's missing criteria, in lens order, after the engine's own warnings.
      'qualified-prospect-need-missing',
      'qualified-prospect-interest-missing',
      'qualified-prospect-decision-involvement-missing',
      'qualified-prospect-value-case-missing',
      'qualified-prospect-referrals-missing',
    ]);
    const gaps = qualifyRaw(deal).gaps;
    expect([...gaps].sort(compareGaps)).toEqual(gaps);
    expect(GAP_SEVERITY_ORDER).toEqual({ blocker: 0, warning: 1, info: 2 });
  });

  it('counts gaps by severity', () => {
    expect(summarizeQualification(qualifyRaw(deal))).toEqual({ blockers: 3, warnings: 8, infos: 0 });
    expect(summarizeQualification(qualifyRaw(buildDeal({ status: 'won' })))).toEqual({ blockers: 0, warnings: 0, infos: 1 });
  });
});
