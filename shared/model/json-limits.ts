// The limits a deal file and an API payload must keep: nesting depth and size, checked with recursion bounded by the depth limit.

/** Deepest nesting of objects and arrays a deal file or payload may have; real deals nest about 6 levels. */
export const MAX_JSON_DEPTH = 64;

/** Largest deal file Dealmap reads or writes; real deals are a few kilobytes, big ones a few hundred. */
export const MAX_DEAL_FILE_BYTES = 5 * 1024 * 1024;

/**
 * True when parsed JSON nests objects and arrays deeper than `max`. JSON.parse builds a tree (no
 * shared or cyclic parts) without recursion, so this walk visits each value once and recurses at
 * most `max + 1` deep: a walk of the value is cheaper than a scan of its text.
 */
export function parsedTooDeep(value: unknown, max = MAX_JSON_DEPTH, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth + 1 > max) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (parsedTooDeep(item, max, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (parsedTooDeep((value as Record<string, unknown>)[key], max, depth + 1)) return true;
  return false;
}

/** True when `value` nests objects and arrays deeper than `max` (an iterative walk: a deep value cannot overflow the stack). */
export function valueTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const pending: Array<readonly [unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as readonly [unknown, number];
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (depth + 1 > max) return true;
    seen.add(current);
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

export function depthMessage(max = MAX_JSON_DEPTH): string {
  return `nests objects and lists deeper than ${max} levels; a deal has about 6`;
}

export function sizeMessage(bytes: number, max = MAX_DEAL_FILE_BYTES): string {
  const mb = (value: number) => `${(value / (1024 * 1024)).toFixed(1)} MB`;
  return `is ${mb(bytes)}; a deal file holds at most ${mb(max)}`;
}
