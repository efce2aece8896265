// Pure edits of a deal's buying center: stakeholders, relations and their map positions.
import { autoLayout } from '../layout/auto-layout';
import { completeLayout } from '../layout/complete-layout';
import { findFreeSlot, slotNear } from '../layout/layout-geometry';
import type { Deal, Position, Relation, Stakeholder } from '../model/deal-schema';
import { nextRelationId, uniqueStakeholderId } from './item-ids';
import { forgetConfirmations } from './qualification-edits';
import { patchChangesAnything, sameLayout } from './unchanged';
import { emptyIdRecord, ownValue } from '../model/id-record';

/*
 * Every edit answers its input deal itself when it changes nothing: the app skips the undo step
 * and the save on `next === current`.
 */

// Omit<> would drop every named field of the loose (index-signature) schema type.
export type StakeholderFields = Pick<
  Stakeholder,
  'name' | 'title' | 'role' | 'stance' | 'influence' | 'interest' | 'lastContact' | 'coveredBy' | 'notes' | 'department'
>;
export type StakeholderPatch = Partial<StakeholderFields>;

export interface NewRelation {
  readonly from: string;
  readonly to: string;
  readonly kind: Relation['kind'];
  readonly strength?: number;
}

/** `layout: false` leaves the map's positions as they are: the what-if ranking reads none, and laying out costs most of it. */
export interface MapEditOptions {
  readonly layout?: boolean;
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
  const id = uniqueStakeholderId(stakeholder.name, deal.stakeholders.map((s) => s.id));
  // Pin everyone already shown so the newcomer never reshuffles the map.
  const layout = completeLayout(deal);
  layout[id] = findFreeSlot(Object.values(layout));
  return {
    deal: { ...deal, stakeholders: [...deal.stakeholders, { ...stakeholder, id }], layout },
    stakeholderId: id,
  };
}

export function updateStakeholder(deal: Deal, id: string, patch: StakeholderPatch): Deal {
  const current = deal.stakeholders.find((s) => s.id === id);
  if (current === undefined || !patchChangesAnything(current, { ...patch, id })) return deal;
  return {
    ...deal,
    stakeholders: deal.stakeholders.map((s) => (s.id === id ? { ...s, ...patch, id } : s)),
  };
}

/**
 * Removes stakeholders, their relations and positions, and the given relations. Everyone left
 * stays where the map shows them: a never-dragged map is pinned when the automatic layout would
 * move anyone.
 */
export function deleteMapElements(
  deal: Deal,
  stakeholderIds: readonly string[],
  relationIds: readonly string[] = [],
  options: MapEditOptions = {},
): Deal {
  const gone = new Set(stakeholderIds);
  const goneRelations = new Set(relationIds);
  const stakeholders = deal.stakeholders.filter((s) => !gone.has(s.id));
  const relations = deal.relations.filter(
    (r) => !goneRelations.has(r.id) && !gone.has(r.from) && !gone.has(r.to),
  );
  if (stakeholders.length === deal.stakeholders.length && relations.length === deal.relations.length) {
    return deal;
  }
  // A confirmation by someone deleted would name an unknown stakeholder, which the file refuses.
  const next: Deal = forgetConfirmations({ ...deal, stakeholders, relations }, stakeholderIds);
  if (options.layout === false) {
    const saved = deal.layout;
    return saved === undefined || gone.size === 0 ? next : { ...next, layout: Object.fromEntries(Object.entries(saved).filter(([id]) => !gone.has(id))) };
  }
  const layout = Object.fromEntries(Object.entries(completeLayout(deal)).filter(([id]) => !gone.has(id)));
  if (deal.layout === undefined && sameLayout(completeLayout(next), layout)) return next;
  return { ...next, layout };
}

export function deleteStakeholder(deal: Deal, id: string): Deal {
  return deleteMapElements(deal, [id]);
}

/**
 * Adds a relation. A relation of the same kind between the same two people is not added twice:
 * a different strength updates the existing one, the same strength changes nothing. Self-relations
 * and unknown people leave the deal unchanged.
 */
export function addRelation(deal: Deal, input: NewRelation, options: MapEditOptions = {}): Deal {
  const known = new Set(deal.stakeholders.map((s) => s.id));
  if (input.from === input.to || !known.has(input.from) || !known.has(input.to)) return deal;
  const existing = deal.relations.find(
    (r) => r.from === input.from && r.to === input.to && r.kind === input.kind,
  );
  if (existing) return updateRelation(deal, existing.id, { strength: input.strength });
  const id = nextRelationId(deal.relations.map((r) => r.id));
  const relation: Relation = { id, from: input.from, to: input.to, kind: input.kind };
  const next = { ...deal, relations: [...deal.relations, withStrength(relation, input.strength)] };
  return options.layout === false ? next : { ...next, layout: layoutAfterLink(deal, input.from, input.to) };
}

/**
 * Everyone stays where the map shows them; someone linked for the first time moves next to the
 * person they are now linked to: below a manager or below the person they influence.
 */
function layoutAfterLink(deal: Deal, from: string, to: string): Record<string, Position> {
  const layout = completeLayout(deal);
  const linked = new Set(deal.relations.flatMap((r) => [r.from, r.to]));
  const [mover, anchor, side] = !linked.has(from) ? [from, to, 1 as const] : !linked.has(to) ? [to, from, -1 as const] : [null, null, 1 as const];
  const anchorAt = anchor === null ? undefined : ownValue(layout, anchor);
  if (mover === null || !anchorAt) return layout;
  const others = Object.entries(layout).filter(([id]) => id !== mover).map(([, position]) => position);
  layout[mover] = slotNear(anchorAt, others, side);
  return layout;
}

export function updateRelation(
  deal: Deal,
  id: string,
  patch: Partial<Pick<Relation, 'kind' | 'strength'>>,
): Deal {
  const current = deal.relations.find((r) => r.id === id);
  if (current === undefined) return deal;
  const updated = withStrength({ ...current, kind: patch.kind ?? current.kind }, patch.strength ?? current.strength);
  if (updated.kind === current.kind && updated.strength === current.strength) return deal;
  return { ...deal, relations: deal.relations.map((r) => (r.id === id ? updated : r)) };
}

export function deleteRelation(deal: Deal, id: string, options: MapEditOptions = {}): Deal {
  return deleteMapElements(deal, [], [id], options);
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
  const shown = completeLayout(deal);
  const layout = Object.assign(emptyIdRecord<Position>(), shown);
  for (const [id, position] of Object.entries(moves)) {
    const shownAt = ownValue(layout, id);
    if (shownAt) layout[id] = { ...shownAt, x: Math.round(position.x), y: Math.round(position.y) };
  }
  return sameLayout(shown, layout) ? deal : { ...deal, layout };
}

/** A never-dragged map already shows the automatic layout, so it stays as it is. */
export function applyAutoLayout(deal: Deal): Deal {
  const layout = autoLayout(deal);
  if (deal.layout === undefined || sameLayout(deal.layout, layout)) return deal;
  return { ...deal, layout };
}
