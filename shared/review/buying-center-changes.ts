// Changes in a deal's buying center: people added or removed, their stance, role, interest and
// influence, and the relations between them.
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

function rose(from: number, to: number): string {
  return to > from ? 'rose' : 'fell';
}

function personChanges(before: StakeholderSnapshot, after: StakeholderSnapshot): DealChange[] {
  const changes: DealChange[] = [];
  const who = after.name;
  if (before.stance !== after.stance) {
    const text = `${who}'s stance changed from ${before.stance} to ${after.stance}.`;
    changes.push({ kind: 'stance-changed', ...ref(after), from: before.stance, to: after.stance, text });
  }
  if (before.role !== after.role) {
    const text = `${who}'s role changed from ${before.role} to ${after.role}.`;
    changes.push({ kind: 'role-changed', ...ref(after), from: before.role, to: after.role, text });
  }
  if (before.interest !== after.interest) {
    const direction = rose(interestRank(before.interest), interestRank(after.interest));
    const text = `${who}'s interest ${direction} from ${before.interest} to ${after.interest}.`;
    changes.push({ kind: 'interest-changed', ...ref(after), from: before.interest, to: after.interest, text });
  }
  if (before.influence !== after.influence) {
    const text = `${who}'s influence ${rose(before.influence, after.influence)} from ${before.influence} to ${after.influence}.`;
    changes.push({ kind: 'influence-changed', ...ref(after), from: before.influence, to: after.influence, text });
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
      text: `${described(person)} joined the buying center as ${person.role}, ${person.stance}.`,
    })),
    ...removed.map((person): DealChange => ({
      kind: 'stakeholder-removed',
      ...ref(person),
      text: `${described(person)} left the buying center.`,
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

function verb(relation: RelationSnapshot): string {
  return relation.kind === 'influences' ? 'influences' : 'reports to';
}

function strengthText(relation: RelationSnapshot): string {
  return relation.strength === null ? '' : ` (strength ${relation.strength})`;
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
    `${nameIn(snapshot, relation.from)} ${verb(relation)} ${nameIn(snapshot, relation.to)}`;
  return [
    ...added.sort(byId).map((relation): DealChange => ({
      kind: 'relation-added',
      ...relationRef(relation),
      strength: relation.strength,
      text: `New relation: ${line(after, relation)}${strengthText(relation)}.`,
    })),
    ...removed.sort(byId).map((relation): DealChange => ({
      kind: 'relation-removed',
      ...relationRef(relation),
      strength: relation.strength,
      text: `Relation gone: ${line(before, relation)}${strengthText(relation)}.`,
    })),
    ...strengthened.sort(byId).map((relation): DealChange => {
      const from = earlier.get(relation.id)?.strength ?? null;
      return {
        kind: 'relation-strength-changed',
        ...relationRef(relation),
        from,
        to: relation.strength,
        text: `${line(after, relation)}: strength changed from ${from ?? 'none'} to ${relation.strength ?? 'none'}.`,
      };
    }),
  ];
}
