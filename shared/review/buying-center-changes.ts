// Changes in a deal's buying center: people added or removed, their stance, role, interest and
// influence, and the relations between them.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { interestRank } from '../model/vocabulary';
import type { DealChange } from './change-types';
import type { DealSnapshot, RelationSnapshot, StakeholderSnapshot } from './deal-snapshot';
import { compareNameThenId, compareText } from './text-order';

function described(person: StakeholderSnapshot): string {
  return person.title ? `${person.name} (${person.title})` : person.name;
}

function ref(person: StakeholderSnapshot) {
  return { stakeholderId: person.id, stakeholderName: person.name };
}

function rose(from: number, to: number): 'rose' | 'fell' {
  return to > from ? 'rose' : 'fell';
}

/** A stance, role or interest code as the reader's language names it in a change line. */
function word(kind: 'stance' | 'role' | 'interest', code: string): MessageRef {
  return messageRef(`changes.${kind}.${code}`);
}

function personChanges(before: StakeholderSnapshot, after: StakeholderSnapshot): DealChange[] {
  const changes: DealChange[] = [];
  const who = after.name;
  if (before.stance !== after.stance) {
    const line = messageRef('changes.stance-changed', { name: who, from: word('stance', before.stance), to: word('stance', after.stance) });
    changes.push({ kind: 'stance-changed', ...ref(after), from: before.stance, to: after.stance, line });
  }
  if (before.role !== after.role) {
    const line = messageRef('changes.role-changed', { name: who, from: word('role', before.role), to: word('role', after.role) });
    changes.push({ kind: 'role-changed', ...ref(after), from: before.role, to: after.role, line });
  }
  if (before.interest !== after.interest) {
    const direction = rose(interestRank(before.interest), interestRank(after.interest));
    const line = messageRef('changes.interest-changed', { name: who, direction, from: word('interest', before.interest), to: word('interest', after.interest) });
    changes.push({ kind: 'interest-changed', ...ref(after), from: before.interest, to: after.interest, line });
  }
  if (before.influence !== after.influence) {
    const line = messageRef('changes.influence-changed', { name: who, direction: rose(before.influence, after.influence), from: before.influence, to: after.influence });
    changes.push({ kind: 'influence-changed', ...ref(after), from: before.influence, to: after.influence, line });
  }
  return changes;
}

/** Stakeholders are matched by id; added and removed first, then each person's changes, people by name. */
export function stakeholderChanges(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  const earlier = new Map(before.stakeholders.map((person) => [person.id, person]));
  const later = new Map(after.stakeholders.map((person) => [person.id, person]));
  const added = after.stakeholders.filter((person) => !earlier.has(person.id)).sort(compareNameThenId);
  const removed = before.stakeholders.filter((person) => !later.has(person.id)).sort(compareNameThenId);
  // Only the people who changed are sorted: in most deals nobody did.
  const changed = after.stakeholders
    .map((person) => ({ person, changes: personChanges(earlier.get(person.id) ?? person, person) }))
    .filter((entry) => entry.changes.length > 0)
    .sort((a, b) => compareNameThenId(a.person, b.person));
  return [
    ...added.map((person): DealChange => ({
      kind: 'stakeholder-added',
      ...ref(person),
      line: messageRef('changes.stakeholder-added', { person: described(person), role: word('role', person.role), stance: word('stance', person.stance) }),
    })),
    ...removed.map((person): DealChange => ({
      kind: 'stakeholder-removed',
      ...ref(person),
      line: messageRef('changes.stakeholder-removed', { person: described(person) }),
    })),
    ...changed.flatMap((entry) => entry.changes),
  ];
}

function sameEnds(a: RelationSnapshot, b: RelationSnapshot): boolean {
  return a.from === b.from && a.to === b.to && a.kind === b.kind;
}

function relationRef(relation: RelationSnapshot) {
  return {
    relationId: relation.id,
    relationKind: relation.kind,
    fromStakeholderId: relation.from,
    toStakeholderId: relation.to,
  };
}

function nameIn(snapshot: DealSnapshot, id: string): string {
  return snapshot.stakeholders.find((person) => person.id === id)?.name ?? id;
}

/** "Anders Holm influences Eva Berg": added and removed lines say the strength when there is one. */
function addedOrRemoved(id: 'changes.relation-added' | 'changes.relation-removed', relation: MessageRef, strength: number | null): MessageRef {
  return strength === null ? messageRef(id, { relation }) : messageRef(`${id}-strength`, { relation, strength });
}

/**
 * Relations are matched by id; one whose ends or kind changed under the same id counts as removed
 * and added, as it is a different relation. Sorted by relation id within each kind of change.
 */
export function relationChanges(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  const earlier = new Map(before.relations.map((relation) => [relation.id, relation]));
  const later = new Map(after.relations.map((relation) => [relation.id, relation]));
  const byId = (a: RelationSnapshot, b: RelationSnapshot) => compareText(a.id, b.id);
  const added = after.relations.filter((relation) => {
    const old = earlier.get(relation.id);
    return old === undefined || !sameEnds(old, relation);
  });
  const removed = before.relations.filter((relation) => {
    const now = later.get(relation.id);
    return now === undefined || !sameEnds(now, relation);
  });
  const strengthened = after.relations.filter((relation) => {
    const old = earlier.get(relation.id);
    return old !== undefined && sameEnds(old, relation) && old.strength !== relation.strength;
  });
  const line = (snapshot: DealSnapshot, relation: RelationSnapshot) =>
    messageRef('changes.relation', { from: nameIn(snapshot, relation.from), kind: relation.kind, to: nameIn(snapshot, relation.to) });
  const none = messageRef('changes.none');
  return [
    ...added.sort(byId).map((relation): DealChange => ({
      kind: 'relation-added',
      ...relationRef(relation),
      strength: relation.strength,
      line: addedOrRemoved('changes.relation-added', line(after, relation), relation.strength),
    })),
    ...removed.sort(byId).map((relation): DealChange => ({
      kind: 'relation-removed',
      ...relationRef(relation),
      strength: relation.strength,
      line: addedOrRemoved('changes.relation-removed', line(before, relation), relation.strength),
    })),
    ...strengthened.sort(byId).map((relation): DealChange => {
      const from = earlier.get(relation.id)?.strength ?? null;
      return {
        kind: 'relation-strength-changed',
        ...relationRef(relation),
        from,
        to: relation.strength,
        line: messageRef('changes.relation-strength-changed', { relation: line(after, relation), from: from ?? none, to: relation.strength ?? none }),
      };
    }),
  ];
}
