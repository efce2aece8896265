import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInfluenceGraph, compareIds, strongestPath } from '../../../shared/engine/influence';
import type { Deal, Relation } from '../../../shared/model/deal-schema';
import { buildDeal, influences, reportsTo, stakeholder } from '../../support/deal-builder';

interface Candidate {
  readonly stakeholderIds: string[];
  readonly relationIds: string[];
  readonly strength: number;
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const order = compareIds(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Enumerates every simple path, the obviously-correct and exponential way. */
function bruteForcePath(deal: Deal, from: string, to: string): Candidate | null {
  const influences = deal.relations.filter((r): r is Relation & { strength: number } => r.kind === 'influences');
  let best: Candidate | null = null;
  const walk = (path: string[], relations: string[], strength: number): void => {
    const here = path[path.length - 1];
    if (here === to && relations.length > 0) {
      const candidate = { stakeholderIds: [...path], relationIds: [...relations], strength };
      const better =
        best === null ||
        candidate.strength > best.strength ||
        (candidate.strength === best.strength &&
          (candidate.relationIds.length < best.relationIds.length ||
            (candidate.relationIds.length === best.relationIds.length &&
              compareLists(candidate.stakeholderIds, best.stakeholderIds) < 0)));
      if (better) best = candidate;
      return;
    }
    const nextIds = [...new Set(influences.filter((r) => r.from === here).map((r) => r.to))];
    for (const next of nextIds) {
      if (path.includes(next)) continue;
      // Between the same two people: the strongest relation, then the smallest id.
      const [edge] = influences
        .filter((r) => r.from === here && r.to === next)
        .sort((a, b) => b.strength - a.strength || compareIds(a.id, b.id));
      if (edge === undefined) continue;
      walk([...path, next], [...relations, edge.id], Math.min(strength, edge.strength));
    }
  };
  walk([from], [], 3);
  return best;
}

/** A dense small buying center: stakeholders in any order, parallel relations, cycles. */
const tangledDeal = fc
  .shuffledSubarray(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { minLength: 2 })
  .chain((ids) => {
    const end = fc.integer({ min: 0, max: ids.length - 1 });
    const draft = fc.record({ from: end, to: end, strength: fc.integer({ min: 1, max: 3 }), org: fc.boolean() });
    return fc.record({
      ids: fc.constant(ids),
      influence: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: ids.length, maxLength: ids.length }),
      drafts: fc.array(draft, { maxLength: 20 }),
      relationIds: fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 20, maxLength: 20 }),
    });
  })
  .map(({ ids, influence, drafts, relationIds }) =>
    buildDeal({
      stakeholders: ids.map((id, index) => stakeholder({ id, influence: influence[index] ?? 1 })),
      relations: drafts
        .filter((draft) => draft.from !== draft.to)
        .map((draft, index) => {
          const [from, to, id] = [ids[draft.from] ?? '', ids[draft.to] ?? '', `r${relationIds[index] ?? index}`];
          return draft.org && draft.strength === 1 ? reportsTo(from, to, id) : influences(from, to, draft.strength, id);
        }),
    }),
  );

describe('strongest influence path', () => {
  it('equals the best simple path found by brute force, tie-breaks included', () => {
    fc.assert(
      fc.property(
        tangledDeal,
        fc.nat(),
        fc.nat(),
        (deal, fromIndex, toIndex) => {
          const ids = deal.stakeholders.map((person) => person.id);
          const from = ids[fromIndex % ids.length] ?? '';
          const to = ids[toIndex % ids.length] ?? '';
          const influence = deal.stakeholders.find((person) => person.id === from)?.influence ?? 0;
          const expected = bruteForcePath(deal, from, to);
          const actual = strongestPath(buildInfluenceGraph(deal), from, to);
          if (expected === null || from === to) {
            expect(actual).toBeNull();
          } else {
            expect(actual).toEqual({ fromId: from, toId: to, ...expected, reach: expected.strength * influence });
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
