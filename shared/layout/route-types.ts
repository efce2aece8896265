// Points and routes of the map's arrows, in map units.
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An arrow's path: from the source card's border to the target card's border, right angles only. */
export type Route = readonly Point[];
