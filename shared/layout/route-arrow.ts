// A routed arrow ready to draw: its line up to the arrowhead's base, the head polygon, the label point.
import { routeMidpoint } from './route-edges';
import type { Point, Route } from './route-types';

/** The arrowhead's size in map units: `length` along the last segment, `width` across it. */
export interface ArrowheadSize {
  readonly length: number;
  readonly width: number;
}

export interface RoutedArrow {
  /** SVG path data from the source's border to the base of the arrowhead (to the tip without a head). */
  readonly path: string;
  /** The arrowhead as SVG polygon points, its tip on the target's border; empty without a head. */
  readonly head: string;
  /** Halfway along the route, where a label goes. */
  readonly middle: Point;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The route drawn as an arrow. The head is a polygon rather than an SVG marker: a marker is
 * sized in its own units and vanished under the card's connection handle.
 */
export function routedArrow(route: Route, head: ArrowheadSize | null): RoutedArrow {
  const tip = route[route.length - 1] ?? { x: 0, y: 0 };
  const before = route[route.length - 2] ?? tip;
  const dx = tip.x - before.x;
  const dy = tip.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const headLength = head ? Math.min(head.length, length) : 0;
  const base = { x: tip.x - ux * headLength, y: tip.y - uy * headLength };
  const points = [...route.slice(0, -1), base];
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${round(p.x)} ${round(p.y)}`).join(' ');
  if (!head) return { path, head: '', middle: routeMidpoint(route) };
  const half = head.width / 2;
  const corners = [tip, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }];
  return { path, head: corners.map((p) => `${round(p.x)},${round(p.y)}`).join(' '), middle: routeMidpoint(route) };
}
