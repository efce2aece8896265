// The scorecard as a whole: the lenses' criteria in order, the weakest link, lensFor, determinism.
import { describe, expect, it } from 'vitest';
import { messageRef } from '../../../shared/i18n';
import { LENSES, lensFor, lensProgress, scoreLens, weakestLink, type CriterionResult } from '../../../shared/lenses';
import { LENS_IDS } from '../../../shared/model/deal-schema';
import { buildDeal, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';

const full = buildFullyQualifiedDeal();

describe('LENSES', () => {
  it('lists every lens with the criteria of the spec, in order', () => {
    const codes = (lens: keyof typeof LENSES) => LENSES[lens].criteria.map((criterion) => criterion.code);
    expect(Object.keys(LENSES)).toEqual([...LENS_IDS]);
    expect(codes('qualified-prospect')).toEqual(['need', 'interest', 'decision-involvement', 'saboteurs', 'value-case', 'referrals']);
    expect(codes('bant')).toEqual(['budget', 'authority', 'need', 'timeframe']);
    expect(codes('meddpicc')).toEqual([
      'metrics',
      'economic-buyer',
      'decision-criteria',
      'decision-process',
      'paper-process',
      'identified-pain',
      'champion',
      'competition',
    ]);
    expect(LENSES.meddpicc.criteria.map((criterion) => criterion.letter).join('')).toBe('MEDDPICC');
    expect(LENSES.bant.criteria.map((criterion) => criterion.letter).join('')).toBe('BANT');
  });
});

describe('scoreLens', () => {
  it('validates every criterion of every lens on a fully qualified deal, with no weakest link', () => {
    for (const lens of LENS_IDS) {
      const card = scoreLens(full, lens, { asOf: TEST_AS_OF });
      expect(card.lens).toBe(lens);
      expect(card.label).toBe(LENSES[lens].label);
      expect(card.criteria.map((criterion) => criterion.status)).toEqual(LENSES[lens].criteria.map(() => 'validated'));
      expect(card.weakestLink).toBeNull();
    }
  });

  it('takes the first lowest status in lens order as the weakest link, not an average', () => {
    const deal = {
      ...withStakeholder(full, 'eva', { championTest: undefined }),
      metrics: [{ ...full.metrics[0], id: 'm1', text: 'Days to close', baseline: 9, target: 3, unit: 'days', confirmedBy: null }],
      competition: [],
      paperProcess: { steps: [], confirmedBy: null },
    };
    const card = scoreLens(deal, 'meddpicc', { asOf: TEST_AS_OF });
    expect(card.criteria.map((criterion) => criterion.status)).toEqual([
      'identified',
      'validated',
      'validated',
      'validated',
      'missing',
      'validated',
      'identified',
      'missing',
    ]);
    expect(card.weakestLink?.code).toBe('paper-process');
    expect(card.weakestLink).toBe(card.criteria[4]);
  });

  it('picks the first identified criterion when none is missing', () => {
    const card = scoreLens({ ...full, timeframe: { ...full.timeframe, confirmedBy: null }, budget: { ...full.budget, confirmedBy: null } }, 'bant', {
      asOf: TEST_AS_OF,
    });
    expect(card.weakestLink).toMatchObject({ code: 'budget', status: 'identified' });
  });

  it('is deterministic, serializable and leaves the deal untouched', () => {
    const deal = buildDeal({ need: { confirmed: false, summary: 'Slow close' } });
    const before = structuredClone(deal);
    for (const lens of LENS_IDS) {
      const first = scoreLens(deal, lens, { asOf: TEST_AS_OF });
      expect(scoreLens(structuredClone(deal), lens, { asOf: TEST_AS_OF })).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }
    expect(deal).toEqual(before);
  });

  it('throws a RangeError on a review date that is not a real day, as qualifyDeal does', () => {
    expect(() => scoreLens(full, 'bant', { asOf: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('weakestLink', () => {
  const result = (code: string, status: CriterionResult['status']): CriterionResult => ({
    code,
    label: code,
    status,
    evidence: [],
    nextStep: status === 'validated' ? null : messageRef('lens-evidence.metrics.next-confirm', { person: 'Eva', metric: 'it' }),
  });

  it('returns the first of the lowest, or null', () => {
    expect(weakestLink([])).toBeNull();
    expect(weakestLink([result('a', 'validated')])).toBeNull();
    expect(weakestLink([result('a', 'identified'), result('b', 'missing'), result('c', 'missing')])?.code).toBe('b');
    expect(weakestLink([result('a', 'validated'), result('b', 'identified'), result('c', 'identified')])?.code).toBe('b');
  });
});

describe('lensFor', () => {
  it("uses the deal's own lens over the workspace default", () => {
    expect(lensFor({ ...full, lens: 'bant' }, { defaultLens: 'meddpicc' })).toBe('bant');
  });

  it('falls back to the workspace default when the deal sets none', () => {
    expect(lensFor(full, { defaultLens: 'meddpicc' })).toBe('meddpicc');
    expect(lensFor(full, { defaultLens: 'qualified-prospect' })).toBe('qualified-prospect');
  });
});

describe('lensProgress', () => {
  it('counts identified as 1 and validated as 2', () => {
    expect(lensProgress(scoreLens(full, 'bant', { asOf: TEST_AS_OF }))).toBe(8);
    expect(lensProgress(scoreLens(buildDeal(), 'bant', { asOf: TEST_AS_OF }))).toBe(0);
    const budgetNoted = buildDeal({ budget: { amount: 1000, confirmedBy: null, note: '' } });
    expect(lensProgress(scoreLens(budgetNoted, 'bant', { asOf: TEST_AS_OF }))).toBe(1);
  });
});
