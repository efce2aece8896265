// Routes every arrow of the map around the cards: right angles, spread ports, nothing under a card.
import type { Position } from '../model/deal-schema';
import { NODE_HEIGHT, NODE_WIDTH } from './layout-geometry';
import { buildRouteGrid, gridIndex, type Rect } from './route-grid';
import { searchMemory, searchRoute, withoutStraightCorners } from './route-search';
import type { Point, Route } from './route-types';

/** An arrow to route: from one card to another. */
export interface RouteRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

type Side = 'top' | 'right' | 'bottom' | 'left';

/** How far an arrow leaves a card before it may turn. */
const MARGIN = 14;
/** Outward heading of each side: 0 right, 1 down, 2 left, 3 up. */
const OUTWARD: Record<Side, number> = { right: 0, bottom: 1, left: 2, top: 3 };

export function cardRect(position: Position): Rect {
  return { left: position.x, top: position.y, right: position.x + NODE_WIDTH, bottom: position.y + NODE_HEIGHT };
}

function sidesFor(source: Rect, target: Rect): [Side, Side] {
  if (target.top >= source.bottom + MARGIN) return ['bottom', 'top'];
  if (target.bottom + MARGIN <= source.top) return ['top', 'bottom'];
  return target.left + target.right > source.left + source.right ? ['right', 'left'] : ['left', 'right'];
}

interface PortUse {
  readonly edge: string;
  readonly end: 0 | 1;
  readonly side: Side;
  /** Where the other card is along this side, to order the ports and avoid crossings at the card. */
  readonly toward: number;
}

/** Port points on each card: the arrows sharing a side are spread evenly along it. */
function assignPorts(rects: ReadonlyMap<string, Rect>, requests: readonly RouteRequest[]): Map<string, [Point, Point, Side, Side]> {
  const uses = new Map<string, PortUse[]>();
  const sides = new Map<string, [Side, Side]>();
  for (const request of requests) {
    const source = rects.get(request.from);
    const target = rects.get(request.to);
    if (!source || !target) continue;
    const pair = sidesFor(source, target);
    sides.set(request.id, pair);
    const centre = (r: Rect, side: Side) => (side === 'top' || side === 'bottom' ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2);
    const add = (card: string, use: PortUse) => uses.set(`${card}|${use.side}`, [...(uses.get(`${card}|${use.side}`) ?? []), use]);
    add(request.from, { edge: request.id, end: 0, side: pair[0], toward: centre(target, pair[0]) });
    add(request.to, { edge: request.id, end: 1, side: pair[1], toward: centre(source, pair[1]) });
  }
  const points = new Map<string, Point[]>();
  for (const [key, list] of uses) {
    const card = key.slice(0, key.lastIndexOf('|'));
    const rect = rects.get(card);
    if (!rect) continue;
    list.sort((a, b) => a.toward - b.toward || a.edge.localeCompare(b.edge));
    list.forEach((use, index) => {
      const horizontal = use.side === 'top' || use.side === 'bottom';
      const from = horizontal ? rect.left : rect.top;
      const length = horizontal ? rect.right - rect.left : rect.bottom - rect.top;
      const along = Math.round(from + length * 0.1 + (length * 0.8 * (index + 1)) / (list.length + 1));
      const point =
        use.side === 'top' ? { x: along, y: rect.top }
        : use.side === 'bottom' ? { x: along, y: rect.bottom }
        : use.side === 'left' ? { x: rect.left, y: along }
        : { x: rect.right, y: along };
      const both = points.get(use.edge) ?? [];
      both[use.end] = point;
      points.set(use.edge, both);
    });
  }
  const ports = new Map<string, [Point, Point, Side, Side]>();
  for (const [edge, [a, b]] of points) {
    const pair = sides.get(edge);
    if (a && b && pair) ports.set(edge, [a, b, pair[0], pair[1]]);
  }
  return ports;
}

const STUB: Record<Side, Point> = { right: { x: MARGIN, y: 0 }, bottom: { x: 0, y: MARGIN }, left: { x: -MARGIN, y: 0 }, top: { x: 0, y: -MARGIN } };

function stub(point: Point, side: Side): Point {
  return { x: point.x + STUB[side].x, y: point.y + STUB[side].y };
}

/**
 * A route for each request whose two cards are on the map, keyed by request id. Cards are grown
 * by a margin and never crossed; two cards too close to pass between get a straight line.
 */
export function routeEdges(positions: Readonly<Record<string, Position>>, requests: readonly RouteRequest[]): Map<string, Route> {
  const rects = new Map<string, Rect>();
  for (const [id, position] of Object.entries(positions)) rects.set(id, cardRect(position));
  const ports = assignPorts(rects, requests);
  const grown = [...rects.values()].map((r) => ({ left: r.left - MARGIN, top: r.top - MARGIN, right: r.right + MARGIN, bottom: r.bottom + MARGIN }));
  const ends = [...ports.values()].flatMap(([a, b, sa, sb]) => [stub(a, sa), stub(b, sb)]);
  const grid = buildRouteGrid(grown, ends, 3 * MARGIN);
  const memory = searchMemory(grid);
  const routes = new Map<string, Route>();
  for (const request of requests) {
    const port = ports.get(request.id);
    if (!port) continue;
    const [a, b, sa, sb] = port;
    const start = stub(a, sa);
    const end = stub(b, sb);
    const found = searchRoute(
      grid,
      memory,
      { xi: gridIndex(grid.xs, start.x), yi: gridIndex(grid.ys, start.y), dir: OUTWARD[sa] },
      { xi: gridIndex(grid.xs, end.x), yi: gridIndex(grid.ys, end.y), dir: (OUTWARD[sb] + 2) & 3 },
    );
    routes.set(request.id, found ? withoutStraightCorners([a, ...found, b]) : [a, b]);
  }
  return routes;
}

/** The point halfway along a route, where its label goes. */
export function routeMidpoint(route: Route): Point {
  const segments = route.slice(1).map((b, i) => {
    const a = route[i] ?? b;
    return { a, b, length: Math.abs(b.x - a.x) + Math.abs(b.y - a.y) };
  });
  let left = segments.reduce((sum, segment) => sum + segment.length, 0) / 2;
  for (const { a, b, length } of segments) {
    if (left <= length && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    left -= length;
  }
  return route[0] ?? { x: 0, y: 0 };
}

/** SVG path data of a route. */
export function routePath(route: Route): string {
  return route.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x},${p.y}`).join(' ');
}
