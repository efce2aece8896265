// Where an influence arrow leaves and enters two cards: on their borders, along the centre line.
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The arrowhead's size in map units: `length` along the curve, `width` across it. */
export interface ArrowheadSize {
  readonly length: number;
  readonly width: number;
}

export interface FloatingArrow {
  /** The curve from the source's border to the base of the arrowhead. */
  readonly path: string;
  /** The arrowhead as SVG polygon points; its tip touches the target's border. */
  readonly head: string;
  readonly tip: Point;
  readonly labelX: number;
  readonly labelY: number;
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The point where the segment from the box's centre towards `toward` crosses its border. */
export function borderPoint(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * A gently curved arrow from one card's border to the other's. The bend is always to the same
 * side of the direction of travel, so A→B and B→A never draw on top of each other. The head is
 * drawn as a polygon rather than an SVG marker: a marker is sized in its own units and vanished
 * under the card's connection handle.
 */
export function floatingArrow(source: Box, target: Box, size: ArrowheadSize, bend = 28): FloatingArrow {
  const start = borderPoint(source, centre(target));
  const tip = borderPoint(target, centre(source));
  const dx = tip.x - start.x;
  const dy = tip.y - start.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (start.x + tip.x) / 2 - (dy / length) * bend,
    y: (start.y + tip.y) / 2 + (dx / length) * bend,
  };
  // A quadratic curve ends heading from its control point to its end point.
  const ex = tip.x - control.x;
  const ey = tip.y - control.y;
  const heading = Math.hypot(ex, ey) || 1;
  const ux = ex / heading;
  const uy = ey / heading;
  const headLength = Math.min(size.length, length / 2);
  const base = { x: tip.x - ux * headLength, y: tip.y - uy * headLength };
  const half = size.width / 2;
  const corners = [tip, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }];
  return {
    path: `M ${start.x},${start.y} Q ${control.x},${control.y} ${base.x},${base.y}`,
    head: corners.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
    tip,
    // The curve's midpoint lies halfway between the chord's midpoint and the control point.
    labelX: ((start.x + tip.x) / 2 + control.x) / 2,
    labelY: ((start.y + tip.y) / 2 + control.y) / 2,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
