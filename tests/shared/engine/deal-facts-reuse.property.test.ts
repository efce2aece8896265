// Facts collected with another reading's buying center to reuse equal the facts collected from nothing, whatever one person's edit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectDealFacts, type DealFacts } from '../../../shared/engine/deal-facts';
import type { Deal, Stakeholder } from '../../../shared/model/deal-schema';
import { markPlaceholder } from '../../../shared/model/placeholders';
import { INTEREST_LEVELS, STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../../shared/model/vocabulary';
import { dealArbitrary, isoDayArbitrary } from './deal-arbitrary';

/** Everything but the lookup function, which is compared by what it finds. */
function comparable(facts: DealFacts) {
  const { findStakeholder, ...rest } = facts;
  return { ...rest, found: facts.stakeholders.map((person) => findStakeholder(person.id)) };
}

const patchArbitrary: fc.Arbitrary<Partial<Stakeholder>> = fc.oneof(
  fc.record({ interest: fc.constantFrom(...INTEREST_LEVELS) }),
  fc.record({ lastContact: fc.option(isoDayArbitrary, { nil: null }) }),
  fc.record({ stance: fc.constantFrom(...STAKEHOLDER_STANCES) }),
  fc.record({ role: fc.constantFrom(...STAKEHOLDER_ROLES) }),
  fc.record({ influence: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ name: fc.constantFrom('Eva Berg', 'Lars Ek') }),
);

describe('collectDealFacts reusing another reading', () => {
  it('equals the facts collected afresh after any one edit of one person, placeholder stances included', () => {
    fc.assert(
      fc.property(dealArbitrary(8), fc.nat(), patchArbitrary, fc.boolean(), (deal, pick, patch, marked) => {
        fc.pre(deal.stakeholders.length > 0);
        const index = pick % deal.stakeholders.length;
        const person = deal.stakeholders[index] as Stakeholder;
        const saved: Deal = marked ? markPlaceholder(deal, `stakeholders[${person.id}].stance`) : deal;
        const edited: Deal = { ...saved, stakeholders: saved.stakeholders.map((each, at) => (at === index ? { ...each, ...patch } : each)) };
        const reused = collectDealFacts(edited, collectDealFacts(saved));
        expect(comparable(reused)).toEqual(comparable(collectDealFacts(edited)));
      }),
      { numRuns: 600 },
    );
  });
});
