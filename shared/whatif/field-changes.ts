// Every leaf of a deal's JSON by a readable path, and the leaves two deals disagree on: the what-if's catch-all.
import type { Deal } from '../model/deal-schema';

/** Bookkeeping the scratch copy never differs in on purpose: not a difference of content. */
const BOOKKEEPING = new Set(['revision', 'updatedAt']);

function isItemList(value: unknown[]): value is { id: string }[] {
  return value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string');
}

/** `budget.amount`, `metrics[m1].text` (items by id), `valueCase.benefits.0.text` (items without one by index). */
function flatten(value: unknown, path: string, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, '[]');
    const byId = isItemList(value);
    value.forEach((item, index) => flatten(item, byId ? `${path}[${(item as { id: string }).id}]` : `${path}.${index}`, into));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined);
    if (entries.length === 0) into.set(path, '{}');
    for (const [key, field] of entries) flatten(field, path === '' ? key : `${path}.${key}`, into);
    return;
  }
  if (value !== undefined) into.set(path, JSON.stringify(value));
}

export interface FieldChange {
  readonly path: string;
  /** JSON text of the value, or null where the field is not there. */
  readonly from: string | null;
  readonly to: string | null;
}

/** Every leaf path whose value differs (bookkeeping aside), in path order. */
export function fieldChanges(saved: Deal, scratch: Deal): FieldChange[] {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  flatten(saved, '', before);
  flatten(scratch, '', after);
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changes: FieldChange[] = [];
  for (const path of [...paths].sort()) {
    if (BOOKKEEPING.has(path.split(/[.[]/)[0] ?? '')) continue;
    const from = before.get(path) ?? null;
    const to = after.get(path) ?? null;
    if (from !== to) changes.push({ path, from, to });
  }
  return changes;
}
