// Geometry of the exported map: card boxes, border points and curved influence arrows, in map units.
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layout-geometry';
import type { Position } from '../model/deal-schema';
import { num } from './svg-text';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function cardCentre(position: Position): Point {
  return { x: position.x + NODE_WIDTH / 2, y: position.y + NODE_HEIGHT / 2 };
}

/** Where the line from the card's centre towards `toward` leaves the card. */
export function cardBorderPoint(position: Position, toward: Point): Point {
  const centre = cardCentre(position);
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

export interface ArrowShape {
  /** SVG path data from the source's border to the arrowhead's base. */
  readonly path: string;
  /** The arrowhead's polygon points; its tip touches the target's border. */
  readonly head: string;
  /** The middle of the curve, where a label goes. */
  readonly middle: Point;
}

/**
 * A curve that always bends to the same side of its direction, as on the map, so A→B and B→A
 * stay apart; the head is a polygon, which every SVG viewer draws the same way.
 */
export function influenceArrow(from: Position, to: Position, headLength: number, headWidth: number, bend = 28): ArrowShape {
  const start = cardBorderPoint(from, cardCentre(to));
  const tip = cardBorderPoint(to, cardCentre(from));
  const dx = tip.x - start.x;
  const dy = tip.y - start.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (start.x + tip.x) / 2 - (dy / length) * bend, y: (start.y + tip.y) / 2 + (dx / length) * bend };
  const ex = tip.x - control.x;
  const ey = tip.y - control.y;
  const heading = Math.hypot(ex, ey) || 1;
  const ux = ex / heading;
  const uy = ey / heading;
  const headSize = Math.min(headLength, length / 2);
  const base = { x: tip.x - ux * headSize, y: tip.y - uy * headSize };
  const half = headWidth / 2;
  const corners = [tip, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }];
  return {
    path: `M ${num(start.x)} ${num(start.y)} Q ${num(control.x)} ${num(control.y)} ${num(base.x)} ${num(base.y)}`,
    head: corners.map((point) => `${num(point.x)},${num(point.y)}`).join(' '),
    middle: { x: ((start.x + tip.x) / 2 + control.x) / 2, y: ((start.y + tip.y) / 2 + control.y) / 2 },
  };
}

/** An org-chart elbow from the manager's bottom edge to the report's top edge (or sideways when level). */
export function reportingLine(report: Position, manager: Position): string {
  const top = cardCentre(manager);
  const bottom = cardCentre(report);
  if (Math.abs(top.y - bottom.y) < NODE_HEIGHT) {
    const start = cardBorderPoint(manager, bottom);
    const end = cardBorderPoint(report, top);
    return `M ${num(start.x)} ${num(start.y)} L ${num(end.x)} ${num(end.y)}`;
  }
  const down = bottom.y > top.y;
  const startY = down ? manager.y + NODE_HEIGHT : manager.y;
  const endY = down ? report.y : report.y + NODE_HEIGHT;
  const midY = (startY + endY) / 2;
  return `M ${num(top.x)} ${num(startY)} V ${num(midY)} H ${num(bottom.x)} V ${num(endY)}`;
}
