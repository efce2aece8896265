// qualifyDeal reusing another reading's buying-center facts answers exactly as collecting them anew, and reuses only when it may.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectDealFacts } from '../../../shared/engine/deal-facts';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Deal } from '../../../shared/model/deal-schema';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import type { WhatIfMove } from '../../../shared/whatif/what-if-move';
import { buildDealWithSaboteur, TEST_AS_OF } from '../../support/deal-builder';
import { dealArbitrary } from './deal-arbitrary';

const AS_OF = { asOf: TEST_AS_OF };

// Moves on the need, the value case and the lens's fields leave the people and relations as they are; the others do not.
const MOVES: readonly WhatIfMove[] = [
  { kind: 'set-need-confirmed', confirmed: true },
  { kind: 'add-benefit', benefitKind: 'efficiency', text: 'Faster month-end' },
  { kind: 'set-savings', frontEnd: 1000 },
  { kind: 'set-budget', amount: 5000, placeholders: ['amount'] },
  { kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' },
  { kind: 'set-stance', stakeholderId: 'anders', stance: 'supporter', placeholders: ['stance'] },
  { kind: 'set-interest', stakeholderId: 'eva', interest: 'committed' },
];

function expectSameQualification(deal: Deal, saved: Deal): void {
  const sameBuyingCenter = collectDealFacts(saved);
  expect(qualifyDeal(deal, { ...AS_OF, sameBuyingCenter })).toEqual(qualifyDeal(deal, AS_OF));
}

describe('reusing the buying-center facts', () => {
  it('reuses them when a move leaves the people and relations as they are, and qualifies the same', () => {
    const saved = buildDealWithSaboteur();
    const savedFacts = collectDealFacts(saved);
    const withBenefit = applyMoves(saved, [MOVES[1] as WhatIfMove]);
    const reused = collectDealFacts(withBenefit, savedFacts);
    expect(reused.influence).toBe(savedFacts.influence);
    expect(reused.deal).toBe(withBenefit);
    expect(reused.benefitNamed).toBe(true);
    expect({ ...reused, findStakeholder: null }).toEqual({ ...collectDealFacts(withBenefit), findStakeholder: null });
  });

  it('collects them anew when the people, the relations or the placeholder stances differ', () => {
    const saved = buildDealWithSaboteur();
    const savedFacts = collectDealFacts(saved);
    const neutral = applyMoves(saved, [{ kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' }]);
    expect(collectDealFacts(neutral, savedFacts).uncheckedSaboteurs).toEqual([]);
    // A stance written as a placeholder reads as unknown: the same arrays, other facts.
    const marked: Deal = { ...saved, placeholders: [{ path: 'stakeholders[anders].stance', value: 'saboteur' }] };
    expect(collectDealFacts(marked, savedFacts).influence).not.toBe(savedFacts.influence);
    expect(collectDealFacts(marked, savedFacts).uncheckedSaboteurs).toEqual([]);
    expect(collectDealFacts(saved, collectDealFacts(marked)).uncheckedSaboteurs).toHaveLength(1);
  });

  it('qualifies every move on generated deals exactly as without reuse', () => {
    fc.assert(
      fc.property(dealArbitrary(), fc.subarray([...MOVES]), (saved, moves) => {
        expectSameQualification(applyMoves(saved, moves), saved);
        expectSameQualification(saved, applyMoves(saved, moves));
      }),
      { numRuns: 300 },
    );
  });
});
