// Deep equality of JSON values up to key order, with undefined fields counting as absent (as in the saved file).

function definedKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/** True when `a` and `b` serialize to the same JSON up to key order; stops at the first difference. */
export function sameJson(a: unknown, b: unknown): boolean {
  // `===`, not Object.is: -0 and 0 are the same JSON.
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = definedKeys(left);
  if (keys.length !== definedKeys(right).length) return false;
  return keys.every((key) => sameJson(left[key], right[key]));
}
