// Counts arrow segments that run under a card: the measure the map's routing keeps at zero.
import type { Position } from '../model/deal-schema';
import { cardRect } from './route-edges';
import type { Rect } from './route-grid';
import type { Point, Route } from './route-types';

/** True when the segment passes through the rectangle's inside (touching its border does not count). */
export function segmentCrossesRect(a: Point, b: Point, rect: Rect): boolean {
  // Liang-Barsky clipping against the rectangle shrunk by half a unit.
  const left = rect.left + 0.5;
  const right = rect.right - 0.5;
  const top = rect.top + 0.5;
  const bottom = rect.bottom - 0.5;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export interface CardCrossing {
  readonly edge: string;
  readonly card: string;
}

/** Every (arrow, card) pair where a segment of the arrow runs through the card. */
export function cardCrossings(positions: Readonly<Record<string, Position>>, routes: ReadonlyMap<string, Route>): CardCrossing[] {
  const crossings: CardCrossing[] = [];
  const cards = Object.entries(positions).map(([id, position]) => [id, cardRect(position)] as const);
  for (const [edge, route] of routes) {
    for (const [card, rect] of cards) {
      if (route.slice(1).some((point, i) => segmentCrossesRect(route[i] ?? point, point, rect))) crossings.push({ edge, card });
    }
  }
  return crossings;
}
