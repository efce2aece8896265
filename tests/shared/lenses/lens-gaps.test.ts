// The chosen lens counts (issue 8): each missing criterion is a warning gap of its own code that costs score.
import { describe, expect, it } from 'vitest';
import { GAP_CATALOG } from '../../../shared/engine/gap-catalog';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { explainScore, LENS_MISSING_POINTS } from '../../../shared/engine/score';
import { LENS_GAP_CODES } from '../../../shared/engine/types';
import { LENSES, scoreLens } from '../../../shared/lenses';
import { lensGapCode } from '../../../shared/lenses/lens-meanings';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { buildDeal, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { englishGap, inEnglish } from '../../support/english-gaps';

const asOf = TEST_AS_OF;

describe('lens gaps', () => {
  it('have one code per criterion of every lens, each a warning in the catalog', () => {
    const codes = LENS_IDS.flatMap((lens) => LENSES[lens].criteria.map((criterion) => lensGapCode(lens, criterion.code)));
    expect([...LENS_GAP_CODES]).toEqual(codes);
    for (const code of LENS_GAP_CODES) expect(GAP_CATALOG[code].severity).toBe('warning');
  });

  it('stand for the MEDDPICC criteria a new-looking deal misses, so it is no longer "100 · No gaps"', () => {
    // Healthy by the engine's own rules (qualified, 100 and no gaps under the default lens) ...
    const deal = buildHealthyDeal({ lens: 'meddpicc' });
    expect(qualifyDeal(deal, { asOf, lens: 'qualified-prospect' })).toMatchObject({ score: 100, gaps: [] });
    // ... but read through MEDDPICC, M, D, D, P and C are missing in the scorecard, and so in the verdict.
    const card = scoreLens(deal, 'meddpicc', { asOf });
    const missing = card.criteria.filter((criterion) => criterion.status === 'missing').map((criterion) => criterion.code);
    expect(missing).toEqual(['metrics', 'decision-criteria', 'decision-process', 'paper-process', 'competition']);
    const { score, gaps, stage, lens } = qualifyDeal(deal, { asOf });
    expect(lens).toBe('meddpicc');
    expect(gaps.map((gap) => gap.code)).toEqual(missing.map((code) => `meddpicc-${code}-missing`));
    expect(score).toBe(100 - LENS_MISSING_POINTS * missing.length);
    // A warning: the stage holds.
    expect(stage).toBe('qualified');
  });

  it('carry the criterion, its evidence and its next step', () => {
    const deal = buildHealthyDeal({ lens: 'bant' });
    const gap = qualifyDeal(deal, { asOf }).gaps.map(englishGap).find((item) => item.code === 'bant-budget-missing');
    const criterion = scoreLens(deal, 'bant', { asOf }).criteria.find((item) => item.code === 'budget');
    expect(gap).toMatchObject({
      id: 'bant-budget-missing',
      severity: 'warning',
      nextAction: criterion?.nextStep ? inEnglish(criterion.nextStep) : undefined,
      lensCriterion: { lens: 'bant', code: 'budget', label: 'Budget', evidence: [] },
    });
    expect(gap?.message).toMatch(/^Budget is missing under BANT: nothing confirms money the customer has set aside/);
  });

  it('are explained in the score, and a deal with nothing missing under any lens scores 100', () => {
    const deal = buildHealthyDeal({ lens: 'meddpicc' });
    expect(explainScore(deal, { asOf }).lens).toEqual({
      lens: 'meddpicc',
      missing: [
        { code: 'metrics', label: 'Metrics' },
        { code: 'decision-criteria', label: 'Decision criteria' },
        { code: 'decision-process', label: 'Decision process' },
        { code: 'paper-process', label: 'Paper process' },
        { code: 'competition', label: 'Competition' },
      ],
      points: 25,
    });
    for (const lens of LENS_IDS) {
      expect(qualifyDeal(buildFullyQualifiedDeal({ lens }), { asOf })).toMatchObject({ lens, score: 100, gaps: [], stage: 'qualified' });
    }
  });

  it('follow the deal’s own lens, else the workspace default, and are not given to won or lost deals', () => {
    const deal = buildDeal();
    expect(qualifyDeal(deal, { asOf, settings: { defaultLens: 'bant' } }).gaps.map((gap) => gap.code)).toContain('bant-budget-missing');
    expect(qualifyDeal({ ...deal, lens: 'meddpicc' }, { asOf, settings: { defaultLens: 'bant' } }).lens).toBe('meddpicc');
    expect(qualifyDeal({ ...deal, status: 'won' }, { asOf }).gaps.map((gap) => gap.code)).toEqual(['referral-not-asked']);
  });
});
