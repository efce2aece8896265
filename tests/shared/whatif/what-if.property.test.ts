import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealSchema, type Deal } from '../../../shared/model/deal-schema';
import {
  BENEFIT_KINDS,
  LENS_IDS,
  COMPETITOR_KINDS,
  INTEREST_LEVELS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from '../../../shared/model/vocabulary';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { whatIfDifferences } from '../../../shared/whatif/what-if-differences';
import type { WhatIfMove } from '../../../shared/whatif/what-if-move';
import { dealArbitrary, isoDayArbitrary } from '../engine/deal-arbitrary';
import { deepFreeze } from './deep-freeze';

/** Moves naming the deal's own people and relations, and sometimes someone who is not there. */
function movesArbitrary(deal: Deal): fc.Arbitrary<WhatIfMove[]> {
  const personId = fc.constantFrom(...deal.stakeholders.map((person) => person.id), 'ghost', 'new-1');
  const relationId = fc.constantFrom(...deal.relations.map((relation) => relation.id), 'r-ghost');
  const strength = fc.integer({ min: 1, max: 3 });
  const confirmedBy = fc.option(personId, { nil: null });
  const move: fc.Arbitrary<WhatIfMove> = fc.oneof(
    fc.record({ kind: fc.constant('set-stance' as const), stakeholderId: personId, stance: fc.constantFrom(...STAKEHOLDER_STANCES) }),
    fc.record({ kind: fc.constant('set-interest' as const), stakeholderId: personId, interest: fc.constantFrom(...INTEREST_LEVELS) }),
    fc.record({ kind: fc.constant('set-role' as const), stakeholderId: personId, role: fc.constantFrom(...STAKEHOLDER_ROLES) }),
    fc.record({ kind: fc.constant('set-influence' as const), stakeholderId: personId, influence: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('set-last-contact' as const), stakeholderId: personId, lastContact: fc.option(isoDayArbitrary, { nil: null }) }),
    fc.record({
      kind: fc.constant('add-stakeholder' as const),
      stakeholder: fc.record({
        id: personId,
        name: fc.constantFrom('New contact', 'Åsa Berg'),
        role: fc.constantFrom(...STAKEHOLDER_ROLES),
        stance: fc.constantFrom(...STAKEHOLDER_STANCES),
        influence: fc.integer({ min: 1, max: 5 }),
        interest: fc.constantFrom(...INTEREST_LEVELS),
      }),
    }),
    fc.record({ kind: fc.constant('add-influence' as const), from: personId, to: personId, strength }),
    fc.record({ kind: fc.constant('set-relation-strength' as const), relationId, strength }),
    fc.record({ kind: fc.constant('remove-relation' as const), relationId }),
    fc.record({ kind: fc.constant('set-need-confirmed' as const), confirmed: fc.boolean() }),
    fc.record({ kind: fc.constant('add-benefit' as const), benefitKind: fc.constantFrom(...BENEFIT_KINDS), text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('set-savings' as const), frontEnd: fc.option(fc.nat(), { nil: null }) }),
    fc.record({ kind: fc.constant('add-referral' as const), name: fc.constantFrom('Contoso AB') }),
    fc.record({ kind: fc.constant('set-budget' as const), amount: fc.option(fc.nat(), { nil: null }), confirmedBy }),
    fc.record({ kind: fc.constant('set-pain' as const), text: fc.string({ maxLength: 8 }), confirmedBy }),
    fc.record({ kind: fc.constant('set-champion-test' as const), stakeholderId: personId, power: fc.boolean() }),
    fc.record({ kind: fc.constant('add-metric' as const), text: fc.string({ maxLength: 8 }), confirmedBy }),
    fc.record({ kind: fc.constant('confirm-item' as const), list: fc.constant('metrics' as const), itemId: fc.constantFrom('m1', 'm2'), confirmedBy }),
    fc.record({ kind: fc.constant('set-process-confirmed-by' as const), process: fc.constant('paperProcess' as const), confirmedBy }),
    fc.record({ kind: fc.constant('add-competitor' as const), name: fc.string({ maxLength: 8 }), competitorKind: fc.constantFrom(...COMPETITOR_KINDS), note: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('set-competitor-note' as const), itemId: fc.constantFrom('k1', 'k2'), note: fc.string({ maxLength: 8 }) }),
    fc.record({
      kind: fc.constant('set-process-step' as const),
      process: fc.constantFrom('decisionProcess' as const, 'paperProcess' as const),
      itemId: fc.constantFrom('s1', 's2'),
      date: fc.option(isoDayArbitrary, { nil: null }),
      done: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('add-process-step' as const), process: fc.constant('decisionProcess' as const), text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('set-timeframe' as const), event: fc.constantFrom('Audit', 'Deadline (to be named)'), placeholders: fc.constantFrom<('event' | 'date')[] | undefined>(undefined, ['event']) }),
    fc.record({ kind: fc.constant('add-decision-criterion' as const), text: fc.string({ maxLength: 8 }), placeholders: fc.constantFrom<'text'[] | undefined>(undefined, ['text']) }),
  );
  return fc.array(move, { maxLength: 8 });
}

const dealAndMoves = dealArbitrary(6).chain((deal) => fc.tuple(fc.constant(deal), movesArbitrary(deal)));

/** The deal's content as JSON with sorted keys, bookkeeping (revision, updatedAt) aside. */
function content(deal: Deal): string {
  const rest: Partial<Deal> = { ...deal };
  delete rest.revision;
  delete rest.updatedAt;
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]))
        : value;
  return JSON.stringify(sorted(rest));
}

describe('what-if (property)', () => {
  it('never changes the saved deal, and always answers a valid deal', () => {
    fc.assert(
      fc.property(dealAndMoves, ([deal, moves]) => {
        const copy = structuredClone(deal);
        const next = applyMoves(deepFreeze(deal), moves);
        expect(deal).toEqual(copy);
        const validation = dealSchema.safeParse(next);
        expect(validation.success, JSON.stringify(validation.error?.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // 300 map layouts: seconds on a loaded machine.
  }, 60_000);

  it('lists no difference exactly when the scratch copy equals the saved deal, in all three lenses', () => {
    const lens = fc.constantFrom(...LENS_IDS);
    fc.assert(
      fc.property(dealAndMoves, lens, ([deal, moves], chosen) => {
        const saved: Deal = { ...deal, lens: chosen };
        const scratch = applyMoves(saved, moves);
        const differences = whatIfDifferences(saved, scratch, { asOf: '2026-11-30' });
        expect(differences.length === 0).toBe(content(saved) === content(scratch));
      }),
      { numRuns: 300 },
    );
    // 300 map layouts: seconds on a loaded machine.
  }, 60_000);
});
