// The sparse orthogonal grid arrows are routed on: lines along every card's margin, none through a card.
import type { Point } from './route-types';

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface RouteGrid {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Horizontal step from (xi, yi) to (xi + 1, yi) runs through a card. */
  readonly blockedH: Uint8Array;
  /** Vertical step from (xi, yi) to (xi, yi + 1) runs through a card. */
  readonly blockedV: Uint8Array;
}

function sortedUnique(values: number[]): number[] {
  const sorted = [...new Set(values.map((v) => Math.round(v * 2) / 2))].sort((a, b) => a - b);
  return sorted;
}

/** Adds the middle of every wide gap, so arrows run down the middle of a lane, not along a card. */
function withMidlines(lines: number[], minGap: number): number[] {
  const out: number[] = [];
  lines.forEach((value, index) => {
    const next = lines[index + 1];
    out.push(value);
    if (next !== undefined && next - value > minGap) out.push(Math.round((value + next) / 2));
  });
  return out;
}

function indexOf(lines: readonly number[], value: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lines[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The grid around the given obstacles (cards grown by their margin) plus the arrows' end points. */
export function buildRouteGrid(obstacles: readonly Rect[], ends: readonly Point[], minGap: number): RouteGrid {
  const xs = withMidlines(sortedUnique([...obstacles.flatMap((r) => [r.left, r.right]), ...ends.map((p) => p.x)]), minGap);
  const ys = withMidlines(sortedUnique([...obstacles.flatMap((r) => [r.top, r.bottom]), ...ends.map((p) => p.y)]), minGap);
  const nx = xs.length;
  const blockedH = new Uint8Array(nx * ys.length);
  const blockedV = new Uint8Array(nx * ys.length);
  for (const rect of obstacles) {
    const x0 = indexOf(xs, rect.left);
    const x1 = indexOf(xs, rect.right);
    const y0 = indexOf(ys, rect.top);
    const y1 = indexOf(ys, rect.bottom);
    // Steps strictly inside the rectangle; its border stays free to walk along.
    for (let yi = y0 + 1; yi < y1; yi += 1) for (let xi = x0; xi < x1; xi += 1) blockedH[yi * nx + xi] = 1;
    for (let xi = x0 + 1; xi < x1; xi += 1) for (let yi = y0; yi < y1; yi += 1) blockedV[yi * nx + xi] = 1;
  }
  return { xs, ys, blockedH, blockedV };
}

export function gridIndex(lines: readonly number[], value: number): number {
  return indexOf(lines, value);
}
