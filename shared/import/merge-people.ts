// Merges a CRM deal's contacts into a deal's stakeholders: CRM-owned fields only; gone contacts are marked, never removed.
import type { Stakeholder } from '../model/deal-schema';
import type { CrmSystem } from '../model/external-schema';
import { crmKey } from './crm-keys';
import type { FieldChange } from './import-plan-types';
import type { CrmPerson } from './import-types';

export interface PeopleMerge {
  readonly stakeholders: readonly Stakeholder[];
  readonly changes: readonly FieldChange[];
  readonly newPeople: readonly string[];
  readonly gonePeople: readonly string[];
  readonly returnedPeople: readonly string[];
  /** CRM person key -> stakeholder id, for the reports-to relations. */
  readonly idsByKey: ReadonlyMap<string, string>;
}

const PREFIX: Readonly<Record<CrmSystem, string>> = { salesforce: 'sf', hubspot: 'hs', csv: 'csv' };

function uniqueId(base: string, taken: Set<string>): string {
  let id = base.slice(0, 64);
  for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}

function newStakeholder(system: CrmSystem, person: CrmPerson, id: string): Stakeholder {
  return {
    id,
    name: person.name,
    ...(person.title === undefined ? {} : { title: person.title }),
    role: person.role,
    stance: person.stance ?? 'unknown',
    influence: 3,
    interest: 'unknown',
    external: { system, id: person.id, ...(person.crmRole === undefined ? {} : { crmRole: person.crmRole }) },
  };
}

/** The stakeholder with the CRM's name, title, role and role text; stance only where Dealmap has none yet. */
function updated(existing: Stakeholder, person: CrmPerson, changes: FieldChange[]): Stakeholder {
  const next: Stakeholder = { ...existing };
  const label = existing.name;
  const set = <K extends 'name' | 'title' | 'role' | 'stance'>(key: K, value: Stakeholder[K] | undefined) => {
    if (value === undefined || existing[key] === value) return;
    changes.push({ field: `${label}: ${key}`, before: String(existing[key] ?? ''), after: String(value) });
    next[key] = value;
  };
  set('name', person.name);
  set('title', person.title);
  // A role the CRM does not know never replaces one the user chose in Dealmap.
  if (person.role !== 'unknown' || existing.role === 'unknown') set('role', person.role);
  if (existing.stance === 'unknown') set('stance', person.stance);
  // Back on the deal: the gone mark goes; the role text is the CRM's latest.
  const external = { ...(existing.external ?? { system: 'csv' as const, id: person.id }) };
  delete external.gone;
  delete external.crmRole;
  next.external = { ...external, ...(person.crmRole === undefined ? {} : { crmRole: person.crmRole }) };
  if (existing.external?.crmRole !== person.crmRole && person.crmRole !== undefined) {
    changes.push({ field: `${label}: CRM role`, before: existing.external?.crmRole ?? '', after: person.crmRole });
  }
  return next;
}

export function mergePeople(system: CrmSystem, existing: readonly Stakeholder[], people: readonly CrmPerson[]): PeopleMerge {
  const taken = new Set(existing.map((stakeholder) => stakeholder.id));
  const crmPeople = new Map(people.map((person) => [person.key, person]));
  const changes: FieldChange[] = [];
  const gonePeople: string[] = [];
  const returnedPeople: string[] = [];
  const idsByKey = new Map<string, string>();
  const stakeholders = existing.map((stakeholder) => {
    const external = stakeholder.external;
    if (external?.system !== system) return stakeholder;
    const key = crmKey(system, external.id);
    const person = crmPeople.get(key);
    if (person === undefined) {
      if (external.gone === true) return stakeholder;
      gonePeople.push(stakeholder.name);
      return { ...stakeholder, external: { ...external, gone: true as const } };
    }
    crmPeople.delete(key);
    idsByKey.set(key, stakeholder.id);
    if (external.gone === true) returnedPeople.push(person.name);
    return updated(stakeholder, person, changes);
  });
  const newPeople: string[] = [];
  for (const person of crmPeople.values()) {
    const id = uniqueId(`${PREFIX[system]}-${person.key}`, taken);
    idsByKey.set(person.key, id);
    stakeholders.push(newStakeholder(system, person, id));
    newPeople.push(person.name);
  }
  return { stakeholders, changes, newPeople, gonePeople, returnedPeople, idsByKey };
}
