import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/layout/auto-layout';
import { cardCrossings, segmentCrossesRect } from '../../../shared/layout/card-crossings';
import { boxesOverlap } from '../../../shared/layout/layout-geometry';
import { routeDeal } from '../../../shared/layout/map-routes';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { dealArbitrary } from '../engine/deal-arbitrary';

const demo = buildDemoDeals({ today: '2026-11-27', updatedAt: '2026-11-27T09:00:00.000Z' });
const generated = [10, 25, 60].flatMap((people) => generateDeals({ deals: 5, seed: 2026 + people, asOf: '2026-11-27', people }));

function overlaps(positions: Record<string, { x: number; y: number }>): string[] {
  const entries = Object.entries(positions);
  return entries.flatMap(([a, pa], i) => entries.slice(i + 1).filter(([, pb]) => boxesOverlap(pa, pb)).map(([b]) => `${a}/${b}`));
}

describe('segmentCrossesRect', () => {
  const card = { left: 0, top: 0, right: 100, bottom: 50 };
  it('counts a segment through the card, not one along or beside its border', () => {
    expect(segmentCrossesRect({ x: -10, y: 25 }, { x: 110, y: 25 }, card)).toBe(true);
    expect(segmentCrossesRect({ x: 50, y: -20 }, { x: 50, y: 10 }, card)).toBe(true);
    expect(segmentCrossesRect({ x: -10, y: 0 }, { x: 110, y: 0 }, card)).toBe(false);
    expect(segmentCrossesRect({ x: 50, y: 50 }, { x: 50, y: 80 }, card)).toBe(false);
    expect(segmentCrossesRect({ x: -30, y: 60 }, { x: 130, y: -10 }, card)).toBe(true);
  });
});

describe('no arrow runs under a card', () => {
  const cases: [string, Deal][] = [
    ...demo.map((deal): [string, Deal] => [`demo ${deal.id} (${deal.stakeholders.length} people)`, deal]),
    ...generated.map((deal): [string, Deal] => [`generated ${deal.id} (${deal.stakeholders.length} people)`, deal]),
  ];

  it.each(cases)('%s', (_, deal) => {
    const positions = computeLayout(deal);
    expect(Object.keys(positions).sort()).toEqual(deal.stakeholders.map((s) => s.id).sort());
    expect(overlaps(positions)).toEqual([]);
    const routes = routeDeal(deal, positions);
    expect(routes.size).toBe(deal.relations.filter((r) => r.from !== r.to).length);
    expect(cardCrossings(positions, routes)).toEqual([]);
    // Every route is made of right angles, from one card's border to the other's.
    for (const route of routes.values()) {
      for (let i = 1; i < route.length; i += 1) {
        const [a, b] = [route[i - 1], route[i]];
        expect(a?.x === b?.x || a?.y === b?.y).toBe(true);
      }
    }
  });

  it('holds for any buying center, departments and relations included (property)', () => {
    const withDepartments = fc
      .tuple(dealArbitrary(14), fc.array(fc.constantFrom('', 'IT', 'Finance', 'Legal'), { minLength: 14, maxLength: 14 }))
      .map(([deal, departments]) => ({
        ...deal,
        stakeholders: deal.stakeholders.map((s, i) => (departments[i] ? { ...s, department: departments[i] } : s)),
      }));
    fc.assert(
      fc.property(withDepartments, (deal) => {
        const positions = computeLayout(deal);
        expect(overlaps(positions)).toEqual([]);
        expect(cardCrossings(positions, routeDeal(deal, positions))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('counts the crossing of an arrow laid straight across a card between two others', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 600, y: 0 } };
    const straight = new Map([['r1', [{ x: 220, y: 55 }, { x: 600, y: 55 }]]]);
    expect(cardCrossings(positions, straight)).toEqual([{ edge: 'r1', card: 'b' }]);
  });
});
