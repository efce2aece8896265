// A three-way merge of JSON values field by field: lists of items with ids merged by id, other lists as multisets.
import { canonicalJson, isIdList, isRecord, itemsById, sameJson, unionKeys, type JsonRecord } from './json-values';

/** A path into a deal: object keys, and for lists with ids the item's id. */
export type MergePath = readonly string[];

/** The same field changed to different values on both sides: `ours` stays in the field, `theirs` is kept aside. */
export interface FieldClash {
  readonly path: MergePath;
  readonly base: unknown;
  readonly ours: unknown;
  readonly theirs: unknown;
}

/** An item one side deleted and the other edited: the edited item is kept. */
export interface KeptEdit {
  readonly path: MergePath;
  readonly deletedBy: 'ours' | 'theirs';
}

export interface MergeNotes {
  readonly clashes: FieldClash[];
  readonly keptEdits: KeptEdit[];
}

function mergeRecords(base: JsonRecord | undefined, ours: JsonRecord, theirs: JsonRecord, path: MergePath, notes: MergeNotes): JsonRecord {
  const merged: Record<string, unknown> = {};
  for (const key of unionKeys(ours, theirs, base)) {
    const value = mergeJson(base?.[key], ours[key], theirs[key], [...path, key], notes);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

type IdItem = JsonRecord & { readonly id: string };

/** One side deleted the item: gone if the other left it as it was, kept (and noted) if the other edited it. */
function deletedOnOneSide(base: JsonRecord, kept: JsonRecord, path: MergePath, deletedBy: KeptEdit['deletedBy'], notes: MergeNotes): JsonRecord | undefined {
  if (sameJson(base, kept)) return undefined;
  notes.keptEdits.push({ path, deletedBy });
  return kept;
}

function mergeIdLists(base: readonly IdItem[], ours: readonly IdItem[], theirs: readonly IdItem[], path: MergePath, notes: MergeNotes): unknown[] {
  const baseItems = itemsById(base);
  const theirItems = itemsById(theirs);
  const ourIds = new Set(ours.map((item) => item.id));
  const merged: { id: string; item: unknown }[] = [];
  const isOursOnly = (id: string | undefined) => id !== undefined && !baseItems.has(id) && !theirItems.has(id);
  for (const item of ours) {
    const was = baseItems.get(item.id);
    const their = theirItems.get(item.id);
    const itemPath = [...path, item.id];
    const value = their !== undefined
      ? mergeJson(was, item, their, itemPath, notes)
      : was === undefined ? item : deletedOnOneSide(was, item, itemPath, 'theirs', notes);
    if (value !== undefined) merged.push({ id: item.id, item: value });
  }
  // Their new items go right after the item they follow in their list, so an added step keeps its place.
  let previous: string | undefined;
  for (const item of theirs) {
    if (!ourIds.has(item.id)) {
      const was = baseItems.get(item.id);
      const value = was === undefined ? item : deletedOnOneSide(was, item, [...path, item.id], 'ours', notes);
      if (value !== undefined) {
        let at = previous === undefined ? 0 : merged.findIndex((entry) => entry.id === previous) + 1;
        // Our own new items at that place stay first: both additions read in the order they were made.
        while (at < merged.length && isOursOnly(merged[at]?.id)) at += 1;
        merged.splice(at, 0, { id: item.id, item: value });
      }
    }
    if (merged.some((entry) => entry.id === item.id)) previous = item.id;
  }
  return merged.map((entry) => entry.item);
}

function counts(list: readonly unknown[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const item of list) {
    const key = canonicalJson(item);
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  return found;
}

/** Lists without ids (benefits, referrals): every addition of either side is kept, every removal applied once. */
function mergeMultisets(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const [baseCounts, ourCounts, theirCounts] = [counts(base), counts(ours), counts(theirs)];
  const wanted = new Map<string, number>();
  for (const key of new Set([...baseCounts.keys(), ...ourCounts.keys(), ...theirCounts.keys()])) {
    const [was, mine, their] = [baseCounts.get(key) ?? 0, ourCounts.get(key) ?? 0, theirCounts.get(key) ?? 0];
    wanted.set(key, mine === their ? mine : Math.max(0, mine + their - was));
  }
  const merged: unknown[] = [];
  for (const item of [...ours, ...theirs]) {
    const key = canonicalJson(item);
    const left = wanted.get(key) ?? 0;
    if (left > 0) {
      merged.push(item);
      wanted.set(key, left - 1);
    }
  }
  return merged;
}

/**
 * Merges `ours` and `theirs` against `base` (undefined: absent). A side that left a value as it was
 * takes the other's; objects merge key by key; lists merge by id or as multisets; anything else
 * changed differently on both sides is a clash: ours is returned and the clash noted.
 */
export function mergeJson(base: unknown, ours: unknown, theirs: unknown, path: MergePath, notes: MergeNotes): unknown {
  if (sameJson(ours, theirs)) return ours;
  if (sameJson(base, ours)) return theirs;
  if (sameJson(base, theirs)) return ours;
  if (isRecord(ours) && isRecord(theirs) && (base === undefined || isRecord(base))) {
    return mergeRecords(base, ours, theirs, path, notes);
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    const was: readonly unknown[] = base ?? [];
    if (isIdList(was) && isIdList(ours) && isIdList(theirs)) return mergeIdLists(was, ours, theirs, path, notes);
    return mergeMultisets(was, ours, theirs);
  }
  notes.clashes.push({ path, base, ours, theirs });
  return ours;
}
