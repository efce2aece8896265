// Properties of every scorecard on random deals: lens order, next steps, evidence ids, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LENSES, scoreLens } from '../../../shared/lenses';
import { LENS_IDS, type Deal } from '../../../shared/model/deal-schema';
import { TEST_AS_OF } from '../../support/deal-builder';
import { competitor, decisionCriterion, metric, processStep } from '../../support/lens-builders';
import { dealArbitrary, isoDayArbitrary } from '../engine/deal-arbitrary';

/** A random deal with random v2 fields, each confirmedBy null or one of its stakeholders. */
const qualifiedDealArbitrary: fc.Arbitrary<Deal> = dealArbitrary(6).chain((deal) => {
  const by = fc.constantFrom<string | null>(null, ...deal.stakeholders.map((person) => person.id));
  const date = fc.option(isoDayArbitrary, { nil: null });
  const amount = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
  const steps = fc.array(fc.record({ date, done: fc.boolean() }), { maxLength: 3 }).map((parts) =>
    parts.map((part, index) => processStep({ id: `s${index}`, ...part })),
  );
  return fc
    .record({
      budget: fc.record({ amount, confirmedBy: by, note: fc.constantFrom('', 'IT budget') }),
      timeframe: fc.record({ event: fc.constantFrom('', 'Audit'), date, confirmedBy: by }),
      pain: fc.record({ text: fc.constantFrom('', 'Slow close'), confirmedBy: by }),
      metrics: fc.array(fc.record({ baseline: amount, target: amount, confirmedBy: by }), { maxLength: 2 }),
      criteria: fc.array(by, { maxLength: 2 }),
      decisionProcess: fc.record({ steps, confirmedBy: by }),
      paperProcess: fc.record({ steps, confirmedBy: by }),
      competition: fc.array(fc.record({ kind: fc.constantFrom('vendor', 'in-house', 'do-nothing' as const), note: fc.constantFrom('', 'We win on support') }), {
        maxLength: 3,
      }),
    })
    .map((parts) => ({
      ...deal,
      budget: parts.budget,
      timeframe: parts.timeframe,
      pain: parts.pain,
      metrics: parts.metrics.map((part, index) => metric({ id: `m${index}`, ...part })),
      decisionCriteria: parts.criteria.map((confirmedBy, index) => decisionCriterion({ id: `c${index}`, confirmedBy })),
      decisionProcess: parts.decisionProcess,
      paperProcess: parts.paperProcess,
      competition: parts.competition.map((part, index) => competitor({ id: `k${index}`, ...part })),
    }));
});

describe('scoreLens on random deals', () => {
  it('keeps lens order, gives a next step exactly when not validated, and cites only the deal\'s people', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), (deal, lens) => {
        const card = scoreLens(deal, lens, { asOf: TEST_AS_OF });
        const ids = new Set(deal.stakeholders.map((person) => person.id));
        expect(card.criteria.map((criterion) => criterion.code)).toEqual(LENSES[lens].criteria.map((criterion) => criterion.code));
        for (const criterion of card.criteria) {
          expect(criterion.nextStep === null).toBe(criterion.status === 'validated');
          for (const item of criterion.evidence) {
            expect(item.text.trim()).not.toBe('');
            for (const id of item.stakeholderIds) expect(ids.has(id)).toBe(true);
          }
        }
        const lowest = card.criteria.find((criterion) => criterion.status === 'missing') ??
          card.criteria.find((criterion) => criterion.status === 'identified') ??
          null;
        expect(card.weakestLink).toBe(lowest);
        expect(scoreLens(structuredClone(deal), lens, { asOf: TEST_AS_OF })).toEqual(card);
      }),
      { numRuns: 300 },
    );
  });
});
