// fast-check arbitrary of valid deals with random v2 qualification fields, for lens and verdict properties.
import fc from 'fast-check';
import type { Deal } from '../../../shared/model/deal-schema';
import { competitor, decisionCriterion, metric, processStep } from '../../support/lens-builders';
import { dealArbitrary, isoDayArbitrary } from '../engine/deal-arbitrary';

/** A random deal with random v2 fields, each confirmedBy null or one of its stakeholders. */
export const qualifiedDealArbitrary: fc.Arbitrary<Deal> = dealArbitrary(6).chain((deal) => {
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

