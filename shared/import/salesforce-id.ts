// Salesforce record ids: 15 characters (case-sensitive) or 18 (the 15 plus a 3-character case checksum).

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export function isSalesforceId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** The 3 characters Salesforce appends to a 15-character id: one per 5 characters, a bit per capital letter. */
export function salesforceChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let position = 0; position < 5; position += 1) {
      const char = id15.charAt(chunk * 5 + position);
      if (char >= 'A' && char <= 'Z') bits |= 1 << position;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** The 18-character form of a valid id (an 18-character id as it is). */
export function salesforceId18(id: string): string {
  return id.length === 15 ? `${id}${salesforceChecksum(id)}` : id;
}

/**
 * The key two ids are compared by: the 15-character id. An 18-character id whose letters were
 * upper- or lowercased by a spreadsheet is restored from its checksum.
 */
export function salesforceIdKey(id: string): string {
  if (id.length !== 18) return id;
  const head = id.slice(0, 15);
  if (salesforceChecksum(head) === id.slice(15).toUpperCase()) return head;
  const restored = restoreCase(head, id.slice(15).toUpperCase());
  return restored ?? head;
}

/** Rebuilds the letter case of a case-folded 15-character id from its checksum, or null if it cannot. */
function restoreCase(head: string, suffix: string): string | null {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    const bits = CHECKSUM_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits < 0) return null;
    for (let position = 0; position < 5; position += 1) {
      const char = head.charAt(chunk * 5 + position);
      out += (bits >> position) & 1 ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return out;
}
