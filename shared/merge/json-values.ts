// JSON helpers the merge and the change description share: equality, objects, lists keyed by id.

export type JsonRecord = Readonly<Record<string, unknown>>;

/** A plain JSON object (not a list, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values; key order does not matter, an absent key equals an undefined one. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameJson(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/** A list whose every item is an object with a string id: stakeholders, relations, metrics, steps. */
export function isIdList(value: unknown): value is readonly (JsonRecord & { readonly id: string })[] {
  return Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');
}

/** The list's items by id; a Map, so an id such as `__proto__` is an ordinary key. */
export function itemsById(list: readonly (JsonRecord & { readonly id: string })[]): Map<string, JsonRecord> {
  return new Map(list.map((item) => [item.id, item]));
}

/** The keys of the given objects, each once, in the order first met. */
export function unionKeys(...records: readonly (JsonRecord | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const record of records) if (record !== undefined) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

/** The value's JSON with keys sorted: one text for one content, used to count equal items in lists without ids. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
