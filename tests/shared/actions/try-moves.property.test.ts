// Moves never invent facts (issue 8): no Try turns a criterion validated without a stakeholder confirming it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { scoreLens } from '../../../shared/lenses';
import type { Deal } from '../../../shared/model/deal-schema';
import { livePlaceholders } from '../../../shared/model/placeholders';
import { LENS_IDS, type LensId } from '../../../shared/model/vocabulary';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { TEST_AS_OF } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';

const options = { asOf: TEST_AS_OF };

/** The `confirmedBy` fields a criterion's validation rests on; [] for those a person's stance or interest decides. */
function confirmations(deal: Deal, code: string): (string | null | undefined)[] {
  switch (code) {
    case 'need':
      return [deal.need.confirmedBy];
    case 'budget':
      return [deal.budget.confirmedBy];
    case 'timeframe':
      return [deal.timeframe.confirmedBy];
    case 'identified-pain':
      return [deal.pain.confirmedBy];
    case 'metrics':
      return deal.metrics.map((metric) => metric.confirmedBy);
    case 'decision-criteria':
      return deal.decisionCriteria.map((criterion) => criterion.confirmedBy);
    case 'decision-process':
      return [deal.decisionProcess.confirmedBy];
    case 'paper-process':
      return [deal.paperProcess.confirmedBy];
    default:
      return [];
  }
}

function validated(deal: Deal, lens: LensId): Set<string> {
  return new Set(scoreLens(deal, lens, options).criteria.filter((c) => c.status === 'validated').map((c) => c.code));
}

describe('Try on every suggested move, in all three lenses', () => {
  it('never validates a criterion without a confirmedBy naming a stakeholder, nor through a placeholder', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.constantFrom(...LENS_IDS), (generated, lens) => {
        const deal: Deal = { ...generated, status: 'open', lens };
        const before = validated(deal, lens);
        for (const action of rankDealActions(deal, options)) {
          const tried = applyMoves(deal, action.moves);
          const ids = new Set(tried.stakeholders.map((person) => person.id));
          const card = scoreLens(tried, lens, options);
          for (const criterion of card.criteria) {
            if (criterion.status !== 'validated' || before.has(criterion.code)) continue;
            for (const confirmedBy of confirmations(tried, criterion.code)) expect(ids.has(confirmedBy ?? '')).toBe(true);
            expect(criterion.placeholders ?? []).toEqual([]);
          }
          // Every placeholder a move writes is marked, never left as if it were the customer's word.
          for (const mark of livePlaceholders(tried)) expect(typeof mark.path).toBe('string');
        }
      }),
      { numRuns: 60 },
    );
    // Every move tried with its map laid out: seconds on a loaded machine.
  }, 60_000);
});
