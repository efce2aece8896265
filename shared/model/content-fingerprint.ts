// A short fingerprint of JSON content: a save names the version it started from, so a change by another writer is caught.

/** Lowercase hex, as contentFingerprint writes it. */
export const CONTENT_FINGERPRINT_PATTERN = /^[0-9a-f]{1,16}$/;

/** The value with every object's keys sorted, so key order (file, IPC, HTTP) never matters. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortedKeys(record[key])]),
  );
}

/** cyrb53: a fast 53-bit string hash; this catches changes, it does not guard against forgery. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The same for two values exactly when their JSON is the same up to key order (undefined fields count as absent). */
export function contentFingerprint(value: unknown): string {
  return hash53(JSON.stringify(sortedKeys(value))).toString(16);
}
