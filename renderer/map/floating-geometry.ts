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
 * A gently curved path from one card's border to the other's. The bend is always to the same
 * side of the direction of travel, so A→B and B→A never draw on top of each other.
 */
export function floatingPath(source: Box, target: Box, bend = 28): {
  path: string;
  labelX: number;
  labelY: number;
} {
  const start = borderPoint(source, centre(target));
  const end = borderPoint(target, centre(source));
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (start.x + end.x) / 2 - (dy / length) * bend,
    y: (start.y + end.y) / 2 + (dx / length) * bend,
  };
  return {
    path: `M ${start.x},${start.y} Q ${control.x},${control.y} ${end.x},${end.y}`,
    // The curve's midpoint lies halfway between the chord's midpoint and the control point.
    labelX: ((start.x + end.x) / 2 + control.x) / 2,
    labelY: ((start.y + end.y) / 2 + control.y) / 2,
  };
}
