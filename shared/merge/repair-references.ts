// After a merge, every relation end and every "confirmed by" still names a person of the deal: a person one side
// deleted while the other pointed at them is kept (delete versus edit keeps the edit); map positions follow the people.
import { isIdList, isRecord, type JsonRecord } from './json-values';
import type { MergeNotes } from './three-way-json';

/** Every stakeholder id the deal points at: relation ends and `confirmedBy` anywhere in it. */
function referencedPeople(value: unknown, found: Set<string>, key = ''): void {
  if (typeof value === 'string' && key === 'confirmedBy') found.add(value);
  if (Array.isArray(value)) for (const item of value) referencedPeople(item, found);
  if (!isRecord(value)) return;
  for (const [field, entry] of Object.entries(value)) {
    if (field === 'clashes') continue;
    referencedPeople(entry, found, field);
  }
}

function peopleOf(deal: unknown): readonly JsonRecord[] {
  const people = isRecord(deal) ? deal.stakeholders : undefined;
  return isIdList(people) ? people : [];
}

/** The merged deal with the people it points at restored from the first version that has them, and its layout pruned. */
export function repairReferences(merged: JsonRecord, versions: readonly unknown[], notes: MergeNotes): JsonRecord {
  const people = [...peopleOf(merged)];
  const present = new Set(people.map((person) => String(person.id)));
  const wanted = new Set<string>();
  if (isIdList(merged.relations)) for (const relation of merged.relations) for (const end of [relation.from, relation.to]) if (typeof end === 'string') wanted.add(end);
  for (const [field, value] of Object.entries(merged)) if (field !== 'relations' && field !== 'stakeholders') referencedPeople(value, wanted, field);
  for (const id of wanted) {
    if (present.has(id)) continue;
    const restored = versions.flatMap(peopleOf).find((person) => person.id === id);
    if (restored === undefined) continue;
    people.push(restored);
    present.add(id);
    const deletedBy = peopleOf(versions[0]).some((person) => person.id === id) ? 'theirs' : 'ours';
    notes.keptEdits.push({ path: ['stakeholders', id], deletedBy });
  }
  const layout = isRecord(merged.layout)
    ? Object.fromEntries(Object.entries(merged.layout).filter(([id]) => present.has(id)))
    : undefined;
  return { ...merged, stakeholders: people, ...(layout === undefined ? {} : { layout }) };
}
