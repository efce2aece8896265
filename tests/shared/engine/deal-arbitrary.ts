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
import { buildDeal } from '../../support/deal-builder';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2028, 11, 31) / DAY_MS;

/** A real calendar date `YYYY-MM-DD` between 2024 and 2028. */
export const isoDayArbitrary = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const stakeholderIdArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/);

function stakeholderArbitrary(id: string): fc.Arbitrary<Stakeholder> {
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

function relationsArbitrary(ids: readonly string[]): fc.Arbitrary<Relation[]> {
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
