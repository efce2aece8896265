// Fresh ids for what the map adds: a stakeholder id from the name, the next relation id.
import { slugify } from '../model/slug';
/** A slug of the name ("Åsa Berg" -> "asa-berg"), made unique with `-2`, `-3`... */
export function uniqueStakeholderId(name: string, taken: readonly string[]): string {
  return uniqueId(slugify(name, 48) || 'stakeholder', taken);
}

/** `r<n>` as in the file format's examples, the first n past the count not yet taken. */
export function nextRelationId(taken: readonly string[]): string {
  const used = new Set(taken);
  let n = taken.length + 1;
  while (used.has(`r${n}`)) n += 1;
  return `r${n}`;
}

/** `base`, or `base-2`, `base-3`... */
function uniqueId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
