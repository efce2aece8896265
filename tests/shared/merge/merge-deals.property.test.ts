// Property: whatever two people do to one deal, the merge loses no edit: each lands in the field or in a clash record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealSchema, type Deal, type Stakeholder } from '../../../shared/model/deal-schema';
import { mergeDeals } from '../../../shared/merge/merge-deals';
import { buildHealthyDeal, influences, stakeholder } from '../../support/deal-builder';

const PEOPLE = ['eva', 'anders', 'kim', 'lo', 'mia'];
const base: Deal = buildHealthyDeal({
  stakeholders: PEOPLE.map((id) => stakeholder({ id })),
  relations: [influences('anders', 'eva'), influences('kim', 'lo'), influences('mia', 'eva')],
});

type Edit =
  | { kind: 'person'; id: string; field: 'stance' | 'influence' | 'notes'; value: string | number }
  | { kind: 'deal'; field: 'amount' | 'closeDate' | 'name'; value: string | number }
  | { kind: 'add'; n: number }
  | { kind: 'delete'; id: string }
  | { kind: 'relate'; from: string; to: string }
  | { kind: 'benefit'; n: number };

const person = fc.constantFrom(...PEOPLE);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('person' as const), id: person, field: fc.constant('stance' as const), value: fc.constantFrom('neutral', 'supporter', 'saboteur', 'champion') }),
  fc.record({ kind: fc.constant('person' as const), id: person, field: fc.constant('influence' as const), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('person' as const), id: person, field: fc.constant('notes' as const), value: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('deal' as const), field: fc.constant('amount' as const), value: fc.integer({ min: 0, max: 10 ** 6 }) }),
  fc.record({ kind: fc.constant('deal' as const), field: fc.constant('name' as const), value: fc.constantFrom('ERP', 'CRM', 'HR suite') }),
  fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), id: person }),
  fc.record({ kind: fc.constant('relate' as const), from: person, to: person }),
  fc.record({ kind: fc.constant('benefit' as const), n: fc.integer({ min: 0, max: 3 }) }),
);

function apply(deal: Deal, change: Edit, user: string): Deal {
  const has = (id: string) => deal.stakeholders.some((entry) => entry.id === id);
  switch (change.kind) {
    case 'person':
      return { ...deal, stakeholders: deal.stakeholders.map((entry) => (entry.id === change.id ? ({ ...entry, [change.field]: change.value } as Stakeholder) : entry)) };
    case 'deal':
      return { ...deal, [change.field]: change.value };
    case 'add':
      return has(`${user}-${change.n}`) ? deal : { ...deal, stakeholders: [...deal.stakeholders, stakeholder({ id: `${user}-${change.n}` })] };
    case 'delete':
      return { ...deal, stakeholders: deal.stakeholders.filter((entry) => entry.id !== change.id), relations: deal.relations.filter((relation) => relation.from !== change.id && relation.to !== change.id) };
    case 'relate': {
      const id = `${user}-${change.from}-${change.to}`;
      if (change.from === change.to || !has(change.from) || !has(change.to) || deal.relations.some((relation) => relation.id === id)) return deal;
      return { ...deal, relations: [...deal.relations, influences(change.from, change.to, 2, id)] };
    }
    case 'benefit':
      return { ...deal, valueCase: { ...deal.valueCase, benefits: [...deal.valueCase.benefits, { kind: 'other', text: `${user} benefit ${change.n}` }] } };
  }
}

const find = (deal: Deal, id: string) => deal.stakeholders.find((entry) => entry.id === id);

/** Every change `mine` made to base is in the merged deal, in the field or as a clash side. */
function expectKept(merged: Deal, mine: Deal, other: Deal): void {
  const clashValues = (path: string[]) => (merged.clashes ?? []).filter((clash) => clash.path.join('/') === path.join('/')).flatMap((clash) => [clash.current.value, clash.other.value]);
  for (const field of ['amount', 'name'] as const) {
    if (mine[field] !== base[field]) expect([merged[field], ...clashValues([field])]).toContain(mine[field]);
  }
  for (const entry of mine.stakeholders) {
    const was = find(base, entry.id);
    const now = find(merged, entry.id);
    if (JSON.stringify(was) === JSON.stringify(entry)) continue;
    expect(now, `person ${entry.id} kept`).toBeDefined();
    for (const field of ['stance', 'influence', 'notes'] as const) {
      if (was === undefined || entry[field] !== was[field]) expect([now?.[field], ...clashValues(['stakeholders', entry.id, field])]).toContain(entry[field]);
    }
  }
  const newRelations = mine.relations.filter((relation) => !base.relations.some((old) => old.id === relation.id));
  for (const relation of newRelations) expect(merged.relations.map((kept) => kept.id)).toContain(relation.id);
  const newBenefits = mine.valueCase.benefits.slice(base.valueCase.benefits.length);
  for (const benefit of newBenefits) expect(merged.valueCase.benefits.map((kept) => kept.text)).toContain(benefit.text);
  // A deletion holds unless the other side edited that person or pointed a relation at them.
  for (const was of base.stakeholders) {
    const theirs = find(other, was.id);
    const touched = JSON.stringify(theirs) !== JSON.stringify(was) || other.relations.some((relation) => !base.relations.some((old) => old.id === relation.id) && (relation.from === was.id || relation.to === was.id));
    if (find(mine, was.id) === undefined && !touched) expect(find(merged, was.id)).toBeUndefined();
  }
}

describe('mergeDeals, property', () => {
  it('loses no edit of either side and always gives a valid deal', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (ourEdits, theirEdits) => {
        const ours = ourEdits.reduce((deal, change) => apply(deal, change, 'sara'), base);
        const theirs = theirEdits.reduce((deal, change) => apply(deal, change, 'nils'), base);
        const merged = mergeDeals(base, ours, theirs, { ours: { by: 'Sara', at: 'a' }, theirs: { by: 'Nils', at: 'b' } }).deal;
        expect(dealSchema.safeParse(merged).success).toBe(true);
        expect(merged.clashes?.some((clash) => clash.path.length === 0) ?? false).toBe(false);
        expectKept(merged, ours, theirs);
        expectKept(merged, theirs, ours);
      }),
      { numRuns: 400 },
    );
  });
});
