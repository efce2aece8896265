// Pure edits of a deal's buying center: stakeholders, relations and their map positions.
import { autoLayout } from '../layout/auto-layout';
import { completeLayout } from '../layout/complete-layout';
import { findFreeSlot } from '../layout/layout-geometry';
import type { Deal, Position, Relation, Stakeholder } from '../model/deal-schema';

// Omit<> would drop every named field of the loose (index-signature) schema type.
export type StakeholderFields = Pick<
  Stakeholder,
  'name' | 'title' | 'role' | 'stance' | 'influence' | 'interest' | 'lastContact' | 'coveredBy' | 'notes'
>;
export type StakeholderPatch = Partial<StakeholderFields>;

export interface NewRelation {
  readonly from: string;
  readonly to: string;
  readonly kind: Relation['kind'];
  readonly strength?: number;
}

export const NEW_STAKEHOLDER: StakeholderFields = {
  name: 'New stakeholder',
  title: '',
  role: 'unknown',
  stance: 'unknown',
  influence: 3,
  interest: 'unknown',
  lastContact: null,
  coveredBy: '',
  notes: '',
};

/** Adds a stakeholder in the first free spot on the map; answers the deal and the new id. */
export function addStakeholder(
  deal: Deal,
  fields: StakeholderPatch = {},
): { deal: Deal; stakeholderId: string } {
  const stakeholder: Stakeholder = {
    ...NEW_STAKEHOLDER,
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    id: '',
  };
  const id = uniqueId(slug(stakeholder.name) || 'stakeholder', deal.stakeholders.map((s) => s.id));
  // Pin everyone already shown so the newcomer never reshuffles the map.
  const layout = completeLayout(deal);
  layout[id] = findFreeSlot(Object.values(layout));
  return {
    deal: { ...deal, stakeholders: [...deal.stakeholders, { ...stakeholder, id }], layout },
    stakeholderId: id,
  };
}

export function updateStakeholder(deal: Deal, id: string, patch: StakeholderPatch): Deal {
  return {
    ...deal,
    stakeholders: deal.stakeholders.map((s) => (s.id === id ? { ...s, ...patch, id } : s)),
  };
}

/** Removes stakeholders, their relations and positions, and the given relations. */
export function deleteMapElements(
  deal: Deal,
  stakeholderIds: readonly string[],
  relationIds: readonly string[] = [],
): Deal {
  const gone = new Set(stakeholderIds);
  const goneRelations = new Set(relationIds);
  const layout = deal.layout
    ? Object.fromEntries(Object.entries(deal.layout).filter(([id]) => !gone.has(id)))
    : undefined;
  const next: Deal = {
    ...deal,
    stakeholders: deal.stakeholders.filter((s) => !gone.has(s.id)),
    relations: deal.relations.filter(
      (r) => !goneRelations.has(r.id) && !gone.has(r.from) && !gone.has(r.to),
    ),
  };
  if (layout) next.layout = layout;
  return next;
}

export function deleteStakeholder(deal: Deal, id: string): Deal {
  return deleteMapElements(deal, [id]);
}

/**
 * Adds a relation; a second relation of the same kind between the same two people updates the
 * first one's strength instead. Self-relations and unknown people leave the deal unchanged.
 */
export function addRelation(deal: Deal, input: NewRelation): Deal {
  const known = new Set(deal.stakeholders.map((s) => s.id));
  if (input.from === input.to || !known.has(input.from) || !known.has(input.to)) return deal;
  const existing = deal.relations.find(
    (r) => r.from === input.from && r.to === input.to && r.kind === input.kind,
  );
  if (existing) return updateRelation(deal, existing.id, { strength: input.strength });
  const id = nextRelationId(deal.relations.map((r) => r.id));
  const relation: Relation = { id, from: input.from, to: input.to, kind: input.kind };
  return { ...deal, relations: [...deal.relations, withStrength(relation, input.strength)] };
}

export function updateRelation(
  deal: Deal,
  id: string,
  patch: Partial<Pick<Relation, 'kind' | 'strength'>>,
): Deal {
  return {
    ...deal,
    relations: deal.relations.map((r) =>
      r.id === id ? withStrength({ ...r, kind: patch.kind ?? r.kind }, patch.strength ?? r.strength) : r,
    ),
  };
}

export function deleteRelation(deal: Deal, id: string): Deal {
  return deleteMapElements(deal, [], [id]);
}

/** Only `influences` carries a strength (1 to 3, default 2). */
function withStrength(relation: Relation, strength: number | undefined): Relation {
  const rest: Relation = { ...relation };
  delete rest.strength;
  if (relation.kind !== 'influences') return rest;
  return { ...rest, strength: Math.min(3, Math.max(1, Math.round(strength ?? 2))) };
}

/** Saves dragged positions; everyone else keeps the place the map shows them at. */
export function moveStakeholders(deal: Deal, moves: Readonly<Record<string, Position>>): Deal {
  const layout = completeLayout(deal);
  for (const [id, position] of Object.entries(moves)) {
    if (layout[id]) layout[id] = { x: Math.round(position.x), y: Math.round(position.y) };
  }
  return { ...deal, layout };
}

export function applyAutoLayout(deal: Deal): Deal {
  return { ...deal, layout: autoLayout(deal) };
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** `base`, or `base-2`, `base-3`... */
function uniqueId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** `r<n>` as in the file format's examples, the first n past the count not yet taken. */
function nextRelationId(taken: readonly string[]): string {
  const used = new Set(taken);
  let n = taken.length + 1;
  while (used.has(`r${n}`)) n += 1;
  return `r${n}`;
}
