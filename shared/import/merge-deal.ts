// Merges one CRM deal into a deal (or a new one): the CRM's fields and people; what only Dealmap knows stays as it was.
import { contentFingerprint } from '../model/content-fingerprint';
import type { Deal, Relation } from '../model/deal-schema';
import { newDeal } from '../model/new-deal';
import { crmKey } from './crm-keys';
import type { FieldChange } from './import-plan-types';
import type { CrmDeal, CrmPerson } from './import-types';
import { mergePeople, type PeopleMerge } from './merge-people';

export interface DealMerge {
  readonly deal: Deal;
  readonly changes: readonly FieldChange[];
  readonly people: PeopleMerge;
}

/** Relation ids of reports-to lines the import drew; the CRM may take back only these. */
const IMPORTED_RELATION_PREFIX = 'crm-rt-';

const DEAL_FIELDS = ['name', 'account', 'owner', 'amount', 'currency', 'closeDate', 'status'] as const;

/** The CRM's reports-to lines between two people on the deal: the imported ones it still says, plus new ones. */
function mergeRelations(relations: readonly Relation[], people: readonly CrmPerson[], idsByKey: ReadonlyMap<string, string>): Relation[] {
  const wanted = new Map<string, { from: string; to: string }>();
  for (const person of people) {
    const from = idsByKey.get(person.key);
    const to = person.reportsTo === undefined ? undefined : idsByKey.get(person.reportsTo);
    if (from !== undefined && to !== undefined && from !== to) wanted.set(`${from}>${to}`, { from, to });
  }
  const kept = relations.filter((relation) => {
    const pair = `${relation.from}>${relation.to}`;
    if (relation.kind === 'reports-to' && wanted.has(pair)) {
      wanted.delete(pair);
      return true;
    }
    return !relation.id.startsWith(IMPORTED_RELATION_PREFIX);
  });
  for (const { from, to } of wanted.values()) {
    kept.push({ id: `${IMPORTED_RELATION_PREFIX}${contentFingerprint([from, to])}`, from, to, kind: 'reports-to' });
  }
  return kept;
}

function shown(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The deal after the import: `existing` (matched by CRM id) or a new deal with `newId`. Revision and
 * updatedAt are left as they were; the caller bumps them only when something changed.
 */
export function mergeCrmDeal(existing: Deal | undefined, crm: CrmDeal, newId: string, updatedAt: string): DealMerge {
  const base = existing ?? newDeal({ id: newId, name: crm.name, account: crm.account, updatedAt });
  const changes: FieldChange[] = [];
  const next: Deal = { ...base };
  for (const field of DEAL_FIELDS) {
    const value = crm[field];
    // A value the CRM file does not have never clears one the deal has.
    if (value === undefined || base[field] === value) continue;
    if (existing !== undefined) changes.push({ field, before: shown(base[field]), after: shown(value) });
    Object.assign(next, { [field]: value });
  }
  const sameId = base.external !== undefined && crmKey(crm.system, base.external.id) === crm.key;
  const stage = crm.stage ?? base.external?.stage;
  next.external = { ...base.external, system: crm.system, id: sameId ? (base.external?.id ?? crm.id) : crm.id, ...(stage === undefined ? {} : { stage }) };
  if (existing !== undefined && crm.stage !== undefined && base.external?.stage !== crm.stage) {
    changes.push({ field: 'CRM stage', before: base.external?.stage ?? '', after: crm.stage });
  }
  const people = mergePeople(crm.system, base.stakeholders, crm.people);
  next.stakeholders = [...people.stakeholders];
  next.relations = mergeRelations(base.relations, crm.people, people.idsByKey);
  return { deal: next, changes: [...changes, ...people.changes], people };
}
