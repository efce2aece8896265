import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { explainScore, SCORE_CRITERIA } from '../../../shared/engine/score';
import type { Deal } from '../../../shared/model/deal-schema';
import { dealSchema } from '../../../shared/model/deal-schema';
import { TEST_AS_OF } from '../../support/deal-builder';
import { CRITERION_GAPS, weakensScore } from './criterion-gaps';
import { dealArbitrary, isoDayArbitrary, nearHealthyDealArbitrary } from './deal-arbitrary';

const RUNS = { numRuns: 300 };

const openDealArbitrary = dealArbitrary().map((deal): Deal => ({ ...deal, status: 'open' }));
const nearHealthyCase = fc.tuple(
  nearHealthyDealArbitrary(),
  fc.oneof({ weight: 3, arbitrary: fc.constant(TEST_AS_OF) }, { weight: 1, arbitrary: isoDayArbitrary }),
);
const anyOpenCase = fc.tuple(openDealArbitrary, isoDayArbitrary);
const CASES = { 'deals near a healthy one': nearHealthyCase, 'any open deal': anyOpenCase };

/** A blocker or warning of the buying center: the forecast gaps (issue 15) cost no points. */
function blocksOrWarns(deal: Deal, asOf: string): boolean {
  return qualifyDeal(deal, { asOf }).gaps.some(weakensScore);
}

describe.each(Object.entries(CASES))('the score of %s', (_name, cases) => {
  it('misses a criterion exactly when one of its gap codes stands', () => {
    fc.assert(
      fc.property(cases, ([deal, asOf]) => {
        const codes = new Set(qualifyDeal(deal, { asOf }).gaps.map((gap) => gap.code));
        for (const line of explainScore(deal, { asOf }).lines) {
          const gapStands = CRITERION_GAPS[line.id].some((code) => codes.has(code));
          expect({ id: line.id, met: line.met }).toEqual({ id: line.id, met: !gapStands });
        }
      }),
      RUNS,
    );
  });

  it('is 100 exactly when no blocker or warning stands', () => {
    fc.assert(
      fc.property(cases, ([deal, asOf]) => {
        const clean = !blocksOrWarns(deal, asOf);
        expect({ clean, score: qualifyDeal(deal, { asOf }).score }).toEqual({
          clean,
          score: clean ? 100 : expect.any(Number),
        });
        if (!clean) expect(qualifyDeal(deal, { asOf }).score).toBeLessThan(100);
      }),
      RUNS,
    );
  });
});

describe('the deals near a healthy one', () => {
  it('are valid, and a fair share of them has no blocker or warning', () => {
    const deals = fc.sample(nearHealthyDealArbitrary(), { numRuns: 200, seed: 20261130 });
    for (const deal of deals) expect(dealSchema.safeParse(deal).success).toBe(true);
    const clean = deals.filter((deal) => !blocksOrWarns(deal, TEST_AS_OF));
    expect(clean.length).toBeGreaterThan(20);
    const maxScore = SCORE_CRITERIA.reduce((sum, criterion) => sum + criterion.points, 0);
    expect(maxScore).toBe(100);
  });
});
