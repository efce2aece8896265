// fast-check arbitraries of valid deals: vocabulary enums, relations between existing distinct ids, real dates.
import fc from 'fast-check';
import type { Deal, Relation, Stakeholder } from '../../../shared/model/deal-schema';
import {
  BENEFIT_KINDS,
  DEAL_STATUSES,
  INTEREST_LEVELS,
  RELATION_KINDS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
} from '../../../shared/model/vocabulary';
import { buildDeal, buildHealthyDeal, RECENT_CONTACT } from '../../support/deal-builder';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2028, 11, 31) / DAY_MS;

/** A real calendar date `YYYY-MM-DD` between 2024 and 2028. */
export const isoDayArbitrary = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const stakeholderIdArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/);

export function stakeholderArbitrary(id: string): fc.Arbitrary<Stakeholder> {
  return fc.record(
    {
      id: fc.constant(id),
      name: fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name.trim() !== ''),
      title: fc.string({ maxLength: 10 }),
      role: fc.constantFrom(...STAKEHOLDER_ROLES),
      stance: fc.constantFrom(...STAKEHOLDER_STANCES),
      influence: fc.integer({ min: 1, max: 5 }),
      interest: fc.constantFrom(...INTEREST_LEVELS),
      lastContact: fc.option(isoDayArbitrary, { nil: null }),
    },
    { requiredKeys: ['id', 'name', 'role', 'stance', 'influence', 'interest'] },
  );
}

export function relationsArbitrary(ids: readonly string[]): fc.Arbitrary<Relation[]> {
  if (ids.length < 2) return fc.constant([]);
  const end = fc.integer({ min: 0, max: ids.length - 1 });
  const relation = fc.record({
    from: end,
    to: end,
    kind: fc.constantFrom(...RELATION_KINDS),
    strength: fc.integer({ min: 1, max: 3 }),
  });
  return fc.array(relation, { maxLength: Math.min(40, ids.length * 4) }).map((drafts) =>
    drafts
      .filter((draft) => draft.from !== draft.to)
      .map((draft, index): Relation => {
        const ends = { id: `r${index}`, from: ids[draft.from] ?? '', to: ids[draft.to] ?? '' };
        return draft.kind === 'influences'
          ? { ...ends, kind: 'influences', strength: draft.strength }
          : { ...ends, kind: 'reports-to' };
      }),
  );
}

const savingArbitrary = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });

/** Any valid deal of up to `maxStakeholders` stakeholders. */
export function dealArbitrary(maxStakeholders = 12): fc.Arbitrary<Deal> {
  return fc
    .uniqueArray(stakeholderIdArbitrary, { maxLength: maxStakeholders })
    .chain((ids) =>
      fc.record({
        stakeholders: fc.tuple(...ids.map(stakeholderArbitrary)),
        relations: relationsArbitrary(ids),
        status: fc.constantFrom(...DEAL_STATUSES),
        need: fc.record({ confirmed: fc.boolean(), summary: fc.string({ maxLength: 20 }) }),
        valueCase: fc.record({
          benefits: fc.array(
            fc.record({ kind: fc.constantFrom(...BENEFIT_KINDS), text: fc.string({ maxLength: 10 }) }),
            { maxLength: 3 },
          ),
          savings: fc.record({ frontEnd: savingArbitrary, backEnd: savingArbitrary }),
        }),
        referrals: fc.array(fc.record({ name: fc.constantFrom('Contoso AB', 'Fabrikam Oy') }), { maxLength: 2 }),
      }),
    )
    .map((parts) => buildDeal(parts));
}

/** Usually `usual`, sometimes anything `other` gives: keeps deals near a known state. */
function mostly<T>(usual: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: other });
}

// Around the builders' review date: 30 and 31 days before, never, and after it.
const contactArbitrary = mostly<string | null>(
  RECENT_CONTACT,
  fc.oneof(fc.constantFrom(null, '2026-10-31', '2026-10-30', '2026-12-10'), isoDayArbitrary),
);

function nearStakeholderArbitrary(person: Stakeholder): fc.Arbitrary<Stakeholder> {
  return fc.record({
    role: mostly(person.role, fc.constantFrom(...STAKEHOLDER_ROLES)),
    stance: mostly(person.stance, fc.constantFrom(...STAKEHOLDER_STANCES)),
    interest: mostly(person.interest, fc.constantFrom(...INTEREST_LEVELS)),
    lastContact: contactArbitrary,
  }).map((changes) => ({ ...person, ...changes }));
}

/**
 * Open deals near buildHealthyDeal (which has no gaps): each part is usually kept and sometimes
 * changed, and up to three random stakeholders with random relations may join. A fair share has
 * no gap at all, which dealArbitrary almost never gives.
 */
export function nearHealthyDealArbitrary(): fc.Arbitrary<Deal> {
  const healthy = buildHealthyDeal();
  const extraIds = fc.integer({ min: 0, max: 3 }).map((count) => Array.from({ length: count }, (_, i) => `x${i}`));
  return extraIds.chain((ids) =>
    fc
      .record({
        core: fc.tuple(...healthy.stakeholders.map(nearStakeholderArbitrary)),
        extras: fc.tuple(...ids.map(stakeholderArbitrary)),
        relations: relationsArbitrary([...healthy.stakeholders.map((person) => person.id), ...ids]),
        confirmed: mostly(true, fc.boolean()),
        benefits: mostly(healthy.valueCase.benefits, fc.constantFrom<Deal['valueCase']['benefits']>([], [{ kind: 'other', text: ' ' }])),
        savings: mostly(healthy.valueCase.savings, fc.record({ frontEnd: savingArbitrary, backEnd: savingArbitrary })),
      })
      .map((parts) => ({
        ...healthy,
        need: { ...healthy.need, confirmed: parts.confirmed },
        valueCase: { benefits: parts.benefits, savings: parts.savings },
        stakeholders: [...parts.core, ...parts.extras],
        relations: [...healthy.relations, ...parts.relations],
      })),
  );
}
