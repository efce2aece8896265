// When an arrow needs drawing again: React Flow re-measures every handle after the opening, and the page's division by the zoom moves the ends by millionths of a pixel.
import type { EdgeProps } from '@xyflow/react';

/** A hundredth of a map pixel: no stroke can show it, at any zoom the map allows. */
const UNSEEN = 0.01;
const ENDS = new Set(['sourceX', 'sourceY', 'targetX', 'targetY']);

/** Same props, the ends' coordinates compared to within UNSEEN. */
export function sameEdgeProps<P extends EdgeProps>(before: P, after: P): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const a: unknown = before[key as keyof P];
    const b: unknown = after[key as keyof P];
    if (Object.is(a, b)) continue;
    if (ENDS.has(key) && typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < UNSEEN) continue;
    return false;
  }
  return true;
}
