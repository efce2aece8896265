import { describe, expect, it } from 'vitest';
import { floatingArrow, type Box } from '../../renderer/map/floating-geometry';

const manager: Box = { x: 0, y: 0, width: 220, height: 110 };
const report: Box = { x: 0, y: 300, width: 220, height: 110 };
const HEAD = { length: 12, width: 10 };

function points(head: string): { x: number; y: number }[] {
  return head.split(' ').map((pair) => {
    const [x, y] = pair.split(',').map(Number);
    return { x: x ?? NaN, y: y ?? NaN };
  });
}

function curveEnd(path: string): { x: number; y: number } {
  const [x, y] = (path.split(' ').at(-1) ?? '').split(',').map(Number);
  return { x: x ?? NaN, y: y ?? NaN };
}

describe('floatingArrow', () => {
  it('draws a visible head whose tip touches the target card and whose base the curve ends at', () => {
    const arrow = floatingArrow(report, manager, HEAD);
    // The influence goes up from the report to the manager: the tip sits on the manager's bottom border.
    expect(arrow.tip).toEqual({ x: 110, y: 110 });
    const [tip, left, right] = points(arrow.head);
    expect(tip).toEqual({ x: 110, y: 110 });
    const base = { x: ((left?.x ?? 0) + (right?.x ?? 0)) / 2, y: ((left?.y ?? 0) + (right?.y ?? 0)) / 2 };
    expect(Math.hypot(base.x - 110, base.y - 110)).toBeCloseTo(HEAD.length, 1);
    expect(Math.hypot((left?.x ?? 0) - (right?.x ?? 0), (left?.y ?? 0) - (right?.y ?? 0))).toBeCloseTo(HEAD.width, 1);
    const end = curveEnd(arrow.path);
    expect(end.x).toBeCloseTo(base.x, 1);
    expect(end.y).toBeCloseTo(base.y, 1);
    // The head points into the card: its base lies below the tip, outside the manager's box.
    expect(base.y).toBeGreaterThan(110);
  });

  it('never makes the head longer than half the way between two close cards', () => {
    const near: Box = { ...manager, y: 120 };
    const arrow = floatingArrow(near, manager, { length: 40, width: 10 });
    const [tip, left, right] = points(arrow.head);
    const baseY = ((left?.y ?? 0) + (right?.y ?? 0)) / 2;
    expect(Math.abs(baseY - (tip?.y ?? 0))).toBeLessThanOrEqual(5.01);
  });

  it('bends A→B and B→A to opposite sides, so both arrows stay visible', () => {
    const up = floatingArrow(report, manager, HEAD);
    const down = floatingArrow(manager, report, HEAD);
    expect(Math.sign(up.labelX - 110)).toBe(-Math.sign(down.labelX - 110));
  });
});
