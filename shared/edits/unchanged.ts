// Whether a patch would change anything, so an edit that changes nothing can answer its input as is.
import type { Position } from '../model/deal-schema';
import { ownValue } from '../model/id-record';

/**
 * True when some value of `patch` differs from the same key of `current` (by `Object.is`). A key
 * set to `undefined` on a record that lacks it changes nothing: the saved JSON is the same.
 */
export function patchChangesAnything(current: object, patch: object): boolean {
  const values = current as Readonly<Record<string, unknown>>;
  return Object.entries(patch).some(([key, value]) => !Object.is(values[key], value));
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a.x === b.x && a.y === b.y;
}

/** The same stakeholders at the same positions, nobody more or less. */
export function sameLayout(
  a: Readonly<Record<string, Position>>,
  b: Readonly<Record<string, Position>>,
): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => samePosition(ownValue(a, id), ownValue(b, id)));
}
