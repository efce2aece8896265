// Shortest right-angled path on the route grid: length plus a cost per bend (A* over grid point and heading).
import type { RouteGrid } from './route-grid';
import type { Point } from './route-types';

const BEND_COST = 60;
/** Right, down, left, up. */
const DX: readonly number[] = [1, 0, -1, 0];
const DY: readonly number[] = [0, 1, 0, -1];

/** A binary min-heap of states keyed by estimated total cost. */
class StateHeap {
  private readonly keys: number[] = [];
  private readonly states: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(key: number, state: number): void {
    let i = this.states.length;
    this.keys.push(key);
    this.states.push(state);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] ?? 0) <= key) break;
      this.keys[i] = this.keys[parent] ?? 0;
      this.states[i] = this.states[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = key;
    this.states[i] = state;
  }

  pop(): number {
    const top = this.states[0] ?? 0;
    const lastKey = this.keys.pop() ?? 0;
    const lastState = this.states.pop() ?? 0;
    const n = this.states.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (this.keys[right] ?? 0) < (this.keys[left] ?? 0) ? right : left;
      if ((this.keys[child] ?? 0) >= lastKey) break;
      this.keys[i] = this.keys[child] ?? 0;
      this.states[i] = this.states[child] ?? 0;
      i = child;
    }
    this.keys[i] = lastKey;
    this.states[i] = lastState;
    return top;
  }
}

/** Reusable search memory for one grid: costs are valid only where the stamp matches the search. */
export interface SearchMemory {
  readonly cost: Float64Array;
  readonly from: Int32Array;
  readonly stamp: Int32Array;
  generation: number;
}

export function searchMemory(grid: RouteGrid): SearchMemory {
  const size = grid.xs.length * grid.ys.length * 4;
  return { cost: new Float64Array(size), from: new Int32Array(size), stamp: new Int32Array(size), generation: 0 };
}

function blocked(grid: RouteGrid, xi: number, yi: number, dir: number): boolean {
  const nx = grid.xs.length;
  if (dir === 0) return xi + 1 >= nx || grid.blockedH[yi * nx + xi] === 1;
  if (dir === 2) return xi === 0 || grid.blockedH[yi * nx + xi - 1] === 1;
  if (dir === 1) return yi + 1 >= grid.ys.length || grid.blockedV[yi * nx + xi] === 1;
  return yi === 0 || grid.blockedV[(yi - 1) * nx + xi] === 1;
}

/**
 * The cheapest path between two grid points, leaving in `startDir` and arriving in `endDir`
 * (0 right, 1 down, 2 left, 3 up); null when the cards wall the target in.
 */
export function searchRoute(
  grid: RouteGrid,
  memory: SearchMemory,
  start: { xi: number; yi: number; dir: number },
  end: { xi: number; yi: number; dir: number },
): Point[] | null {
  const nx = grid.xs.length;
  const { xs, ys } = grid;
  const { cost, from, stamp } = memory;
  memory.generation += 1;
  const gen = memory.generation;
  const goalX = xs[end.xi] ?? 0;
  const goalY = ys[end.yi] ?? 0;
  const heuristic = (xi: number, yi: number) => Math.abs((xs[xi] ?? 0) - goalX) + Math.abs((ys[yi] ?? 0) - goalY);
  const heap = new StateHeap();
  const first = (start.yi * nx + start.xi) * 4 + start.dir;
  stamp[first] = gen;
  cost[first] = 0;
  from[first] = -1;
  heap.push(heuristic(start.xi, start.yi), first);
  const goalPoint = end.yi * nx + end.xi;
  while (heap.size > 0) {
    const state = heap.pop();
    const dir = state & 3;
    const point = state >> 2;
    const xi = point % nx;
    const yi = (point - xi) / nx;
    const here = cost[state] ?? 0;
    if (point === goalPoint && dir === end.dir) return trace(grid, memory, state);
    for (let next = 0; next < 4; next += 1) {
      if (next === ((dir + 2) & 3) || blocked(grid, xi, yi, next)) continue;
      const nxi = xi + (DX[next] ?? 0);
      const nyi = yi + (DY[next] ?? 0);
      const step = Math.abs((xs[nxi] ?? 0) - (xs[xi] ?? 0)) + Math.abs((ys[nyi] ?? 0) - (ys[yi] ?? 0));
      const total = here + step + (next === dir ? 0 : BEND_COST);
      const target = (nyi * nx + nxi) * 4 + next;
      if (stamp[target] === gen && (cost[target] ?? 0) <= total) continue;
      stamp[target] = gen;
      cost[target] = total;
      from[target] = state;
      heap.push(total + heuristic(nxi, nyi), target);
    }
  }
  return null;
}

/** The corners of the found path, start to end. */
function trace(grid: RouteGrid, memory: SearchMemory, last: number): Point[] {
  const nx = grid.xs.length;
  const all: Point[] = [];
  for (let state = last; state !== -1; state = memory.from[state] ?? -1) {
    const point = state >> 2;
    const xi = point % nx;
    all.push({ x: grid.xs[xi] ?? 0, y: grid.ys[(point - xi) / nx] ?? 0 });
  }
  return withoutStraightCorners(all.reverse());
}

/** Drops points that sit on a straight line between their neighbours. */
export function withoutStraightCorners(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && b.x === point.x && b.y === point.y) continue;
    if (a && b && ((a.x === b.x && b.x === point.x) || (a.y === b.y && b.y === point.y))) out.splice(out.length - 1, 1, point);
    else out.push(point);
  }
  return out;
}
