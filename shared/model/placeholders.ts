// Placeholders in a deal: which marked values still stand, reading a field by its path, marking and confirming.
import type { Deal } from './deal-schema';
import type { Placeholder } from './placeholder-schema';

/** `name` or `name[id]`: a field, or the item with that id in a list; a number is a position (`referrals.0.name`). */
const SEGMENT = /^([A-Za-z]+)(?:\[([^\]]+)\])?$/;

/** The value at `path` (see Placeholder), or undefined when the field or item is not there. */
export function valueAt(deal: Deal, path: string): unknown {
  let current: unknown = deal;
  for (const segment of path.split('.')) {
    // A list without ids (referrals) is read by position.
    if (/^\d+$/.test(segment)) {
      current = Array.isArray(current) ? (current as unknown[])[Number(segment)] : undefined;
      continue;
    }
    const match = SEGMENT.exec(segment);
    if (match === null || typeof current !== 'object' || current === null) return undefined;
    const [, name = '', id] = match;
    current = (current as Record<string, unknown>)[name];
    if (id !== undefined) {
      if (!Array.isArray(current)) return undefined;
      current = (current as unknown[]).find((item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id);
    }
  }
  return current;
}

/** The marks whose field still holds the value the move wrote: what is "to be confirmed". */
export function livePlaceholders(deal: Deal): Placeholder[] {
  return (deal.placeholders ?? []).filter((mark) => valueAt(deal, mark.path) === mark.value);
}

/** True when the field at `path` holds a placeholder. */
export function isPlaceholder(deal: Deal, path: string): boolean {
  return livePlaceholders(deal).some((mark) => mark.path === path);
}

/** The live placeholders whose path starts with `prefix` (`stakeholders[eva].` for one person). */
export function placeholdersUnder(deal: Deal, prefix: string): Placeholder[] {
  return livePlaceholders(deal).filter((mark) => mark.path.startsWith(prefix));
}

/** Marks the field's current value as a placeholder; a string, number or null only (else unchanged). */
export function markPlaceholder(deal: Deal, path: string): Deal {
  const value = valueAt(deal, path);
  if (typeof value !== 'string' && typeof value !== 'number' && value !== null) return deal;
  const others = (deal.placeholders ?? []).filter((mark) => mark.path !== path);
  return { ...deal, placeholders: [...others, { path, value }] };
}

/** A person confirms the value as it is: the mark goes, the value stays. Dead marks go too. */
export function confirmPlaceholder(deal: Deal, path: string): Deal {
  const live = livePlaceholders(deal);
  const kept = live.filter((mark) => mark.path !== path);
  if (deal.placeholders === undefined || kept.length === deal.placeholders.length) return deal;
  if (kept.length > 0) return { ...deal, placeholders: kept };
  const without = { ...deal };
  delete without.placeholders;
  return without;
}
