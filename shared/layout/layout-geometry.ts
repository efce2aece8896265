// The map's box geometry shared by the auto-layout, free-slot placement and their tests.
import type { Position } from '../model/deal-schema';

/** Width of a stakeholder card on the map, in map units. */
export const NODE_WIDTH = 220;
/** Height of a stakeholder card on the map, in map units. */
export const NODE_HEIGHT = 110;
/** Horizontal room between two cards, enough for an arrow and its label. */
export const GAP_X = 50;
/** Vertical room between an org-chart level and the next. */
export const GAP_Y = 80;

/** True when two card boxes whose top-left corners are given overlap. */
export function boxesOverlap(a: Position, b: Position): boolean {
  return (
    Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT
  );
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The box around the given cards (top-left corners); null when there are none. */
export function boundsOf(positions: readonly Position[]): Bounds | null {
  if (positions.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + NODE_WIDTH);
    maxY = Math.max(maxY, y + NODE_HEIGHT);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Where a newcomer goes: in the bottom row, as close to the middle of the map as is free, or in
 * a new row below. A map of one row (a lone decision-maker, say) starts a row under it, so new
 * people gather below the people already there, as in an org chart.
 */
export function findFreeSlot(occupied: readonly Position[]): Position {
  const bounds = boundsOf(occupied);
  if (!bounds) return { x: 0, y: 0 };
  const stepX = NODE_WIDTH + GAP_X;
  const stepY = NODE_HEIGHT + GAP_Y;
  const lowestTop = Math.max(...occupied.map((position) => position.y));
  const singleRow = lowestTop - bounds.minY < NODE_HEIGHT;
  const columns = Math.max(3, Math.round((bounds.maxX - bounds.minX + GAP_X) / stepX));
  // Stay on the bottom row's grid: start under the card of that row nearest the map's middle.
  const middle = (bounds.minX + bounds.maxX) / 2 - NODE_WIDTH / 2;
  const bottomRow = occupied.filter((position) => lowestTop - position.y < NODE_HEIGHT);
  const centreX = bottomRow
    .map((position) => position.x)
    .reduce((best, x) => (Math.abs(x - middle) < Math.abs(best - middle) ? x : best));
  for (let row = singleRow ? 1 : 0; ; row += 1) {
    const y = lowestTop + row * stepY;
    for (const offset of centreOutOffsets(columns)) {
      const slot = { x: centreX + offset * stepX, y };
      if (!occupied.some((taken) => boxesOverlap(taken, slot))) return slot;
    }
  }
}

/** 0, 1, -1, 2, -2... as many as there are columns. */
function centreOutOffsets(count: number): number[] {
  const offsets: number[] = [];
  for (let step = 0; offsets.length < count; step += 1) {
    offsets.push(step);
    if (step > 0 && offsets.length < count) offsets.push(-step);
  }
  return offsets;
}

/** True when two cards are closer than an arrow's lane: the gap between cards that routing needs. */
function tooClose(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + GAP_X / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + GAP_Y / 2;
}

/**
 * The free spot nearest to `anchor` on the side given (1: below it, -1: above it), one lane
 * away from every other card, so a newcomer joins the person they are linked to and nobody moves.
 */
export function slotNear(anchor: Position, occupied: readonly Position[], side: 1 | -1): Position {
  const stepX = NODE_WIDTH + GAP_X;
  const stepY = NODE_HEIGHT + GAP_Y;
  for (let ring = 1; ring < 40; ring += 1) {
    const rows = [ring * side, ...Array.from({ length: ring }, (_, i) => (ring - 1 - i) * side), -ring * side];
    for (const row of rows) {
      for (const column of centreOutOffsets(2 * ring + 1)) {
        const slot = { x: anchor.x + column * stepX, y: anchor.y + row * stepY };
        if ((row !== 0 || column !== 0) && !occupied.some((taken) => tooClose(taken, slot))) return slot;
      }
    }
  }
  return findFreeSlot(occupied);
}
