// Records keyed by ids or names that people type (stakeholder ids, deal ids): lookups never reach Object.prototype.

/** An empty record with no prototype: `record['constructor']` is undefined and `record['__proto__'] = x` stores x. */
export function emptyIdRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value for `key`; never an inherited one such as `constructor` or `toString`. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
