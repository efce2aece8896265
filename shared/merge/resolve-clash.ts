// Settles a clash: the picked value goes into the field and the clash record is removed; nothing else changes.
import type { Clash, Deal } from '../model/deal-schema';
import { isIdList, isRecord } from './json-values';

/** Which value to keep: the one now in the field, or the other one kept aside. */
export type ClashPick = 'current' | 'other';

/** A copy of `container` with `path` set to `value` (undefined: removed); a list with ids is walked by id. */
function setAtPath(container: unknown, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (isIdList(container)) {
    return container.map((item) => (item.id === key ? setAtPath(item, rest, value) : item));
  }
  if (!isRecord(container)) return container;
  const child = setAtPath(container[key], rest, value);
  const others = Object.entries(container).filter(([field]) => field !== key);
  return Object.fromEntries(child === undefined ? others : [...Object.entries(container).map(([field, entry]) => [field, field === key ? child : entry]), ...(key in container ? [] : [[key, child]])]);
}

/** The deal with the clash settled as picked; a whole-deal clash (empty path) takes the other deal whole. */
export function resolveClash(deal: Deal, clashId: string, pick: ClashPick): Deal {
  const clash: Clash | undefined = deal.clashes?.find((entry) => entry.id === clashId);
  if (clash === undefined) return deal;
  const rest = (deal.clashes ?? []).filter((entry) => entry.id !== clashId);
  const chosen = pick === 'current' ? clash.current.value : clash.other.value;
  const base = clash.path.length === 0 && pick === 'other' && isRecord(chosen)
    ? { ...chosen, revision: deal.revision, updatedAt: deal.updatedAt }
    : setAtPath(deal, clash.path, chosen);
  const settled = { ...(base as Deal) };
  if (rest.length > 0) settled.clashes = rest;
  else delete settled.clashes;
  return settled;
}
