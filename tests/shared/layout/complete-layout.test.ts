import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { completeLayout, placeholderPosition } from '../../../shared/layout/complete-layout';
import { NODE_HEIGHT, boxesOverlap, findFreeSlot } from '../../../shared/layout/layout-geometry';
import { reportsTo } from '../../support/deal-builder';
import { at, layoutDeal, person } from './build-layout-deal';

describe('completeLayout', () => {
  it('auto-lays out a deal without a saved layout', () => {
    const deal = layoutDeal([person('a'), person('b')], [reportsTo('b', 'a')]);
    expect(completeLayout(deal)).toEqual(autoLayout(deal));
  });

  it('keeps saved positions and puts a new stakeholder in a free slot', () => {
    const deal = layoutDeal([person('a'), person('b'), person('new')], [], {
      a: { x: 10, y: 20 },
      b: { x: 300, y: 20 },
      gone: { x: 0, y: 0 },
    });
    const positions = completeLayout(deal);
    expect(positions.a).toEqual({ x: 10, y: 20 });
    expect(positions.b).toEqual({ x: 300, y: 20 });
    expect(Object.keys(positions).sort()).toEqual(['a', 'b', 'new']);
    expect(boxesOverlap(at(positions, 'new'), at(positions, 'a'))).toBe(false);
    expect(boxesOverlap(at(positions, 'new'), at(positions, 'b'))).toBe(false);
  });
});

describe('findFreeSlot', () => {
  it('starts at the origin on an empty map', () => {
    expect(findFreeSlot([])).toEqual({ x: 0, y: 0 });
  });

  it('puts the second card under a lone first one, then fills that row from the middle out', () => {
    const first = { x: 0, y: 0 };
    const second = findFreeSlot([first]);
    expect(second.x).toBe(0);
    expect(second.y).toBeGreaterThanOrEqual(NODE_HEIGHT);
    const third = findFreeSlot([first, second]);
    expect(third.y).toBe(second.y);
    expect(third.x).toBeGreaterThan(second.x);
    const fourth = findFreeSlot([first, second, third]);
    expect(fourth.y).toBe(second.y);
    expect(fourth.x).toBeLessThan(second.x);
  });

  it('starts a new row when the bottom row is full', () => {
    const row = [0, 1, 2].map((n) => ({ x: n * 270, y: 0 }));
    const below = [0, 1, 2].map((n) => ({ x: n * 270, y: 190 }));
    const slot = findFreeSlot([...row, ...below]);
    expect(slot.y).toBeGreaterThan(190);
  });

  it('never returns a slot that overlaps a card', () => {
    const occupied = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 290, y: 0 },
      { x: 580, y: 0 },
      { x: 0, y: 200 },
    ];
    const slot = findFreeSlot(occupied);
    for (const taken of occupied) expect(boxesOverlap(slot, taken)).toBe(false);
  });
});

describe('placeholderPosition', () => {
  it('sits above the cards', () => {
    const position = placeholderPosition([
      { x: 0, y: 0 },
      { x: 300, y: 0 },
    ]);
    expect(position.y + NODE_HEIGHT).toBeLessThanOrEqual(0);
  });
});
