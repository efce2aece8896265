// Places laid-out departments on the map: the decision-makers' team on top, the rest in rows of a slide's shape.
import type { Position } from '../model/deal-schema';
import { emptyIdRecord } from '../model/id-record';
import { GAP_Y, boundsOf } from './layout-geometry';

/** Room inside a department's frame: its name on top, a margin elsewhere. */
export const FRAME_PADDING = { top: 40, side: 20, bottom: 20 } as const;
/** Room between two frames: wide enough for arrows to pass with a margin each side. */
const FRAME_GAP = { x: 70, y: GAP_Y + 20 } as const;
/** Rows aim at a 16:10 picture. */
const ASPECT = 2.4;

export interface LaidOutGroup {
  /** Positions inside the group, its top-left card at (0, 0). */
  readonly positions: Record<string, Position>;
  /** Framed as a department (false: people outside any department). */
  readonly framed: boolean;
}

interface Box {
  readonly group: LaidOutGroup;
  readonly width: number;
  readonly height: number;
}

function boxOf(group: LaidOutGroup): Box {
  const bounds = boundsOf(Object.values(group.positions));
  const pad = group.framed ? FRAME_PADDING : { top: 0, side: 0, bottom: 0 };
  return {
    group,
    width: (bounds ? bounds.maxX - bounds.minX : 0) + 2 * pad.side,
    height: (bounds ? bounds.maxY - bounds.minY : 0) + pad.top + pad.bottom,
  };
}

/**
 * The groups packed in centred rows, the first group alone on the top row. Deterministic: the
 * groups keep the order given.
 */
export function packGroups(groups: readonly LaidOutGroup[]): Record<string, Position> {
  const boxes = groups.map(boxOf);
  const [top, ...rest] = boxes;
  const area = boxes.reduce((sum, box) => sum + (box.width + FRAME_GAP.x) * (box.height + FRAME_GAP.y), 0);
  const rowWidth = Math.max(...boxes.map((box) => box.width), Math.sqrt(area * ASPECT));
  const rows: Box[][] = top ? [[top]] : [];
  let current: Box[] = [];
  let used = 0;
  for (const box of rest) {
    if (current.length > 0 && used + box.width > rowWidth) {
      rows.push(current);
      current = [];
      used = 0;
    }
    current.push(box);
    used += box.width + FRAME_GAP.x;
  }
  if (current.length > 0) rows.push(current);
  const widths = rows.map((row) => row.reduce((sum, box) => sum + box.width, 0) + FRAME_GAP.x * (row.length - 1));
  const widest = Math.max(0, ...widths);
  const positions = emptyIdRecord<Position>();
  let y = 0;
  rows.forEach((row, index) => {
    let x = (widest - (widths[index] ?? 0)) / 2;
    for (const box of row) {
      const pad = box.group.framed ? FRAME_PADDING : { top: 0, side: 0, bottom: 0 };
      for (const [id, position] of Object.entries(box.group.positions)) {
        positions[id] = { x: Math.round(x + pad.side + position.x), y: Math.round(y + pad.top + position.y) };
      }
      x += box.width + FRAME_GAP.x;
    }
    y += Math.max(...row.map((box) => box.height)) + FRAME_GAP.y;
  });
  return positions;
}
