// How the buying-center, need, value-case and referral moves change a deal; null skips the move.
import {
  addRelation,
  deleteRelation,
  updateRelation,
  updateStakeholder,
} from '../edits/buying-center-edits';
import { addBenefit, updateNeed, updateSavings } from '../edits/deal-edits';
import { completeLayout } from '../layout/complete-layout';
import { findFreeSlot } from '../layout/layout-geometry';
import type { Deal, Stakeholder } from '../model/deal-schema';
import { definedFields, hasStakeholder, type ApplyMoveOptions, type MoveAppliers } from './move-applier-kit';
import type { WhatIfStakeholder } from './what-if-move';

function patchStakeholder(deal: Deal, id: string, patch: Partial<Stakeholder>): Deal | null {
  return hasStakeholder(deal, id) ? updateStakeholder(deal, id, patch) : null;
}

/** Like the map's addStakeholder, but with the move's id, so later moves can refer to the newcomer. */
function addStakeholderWithId(deal: Deal, fields: WhatIfStakeholder, options: ApplyMoveOptions): Deal | null {
  if (hasStakeholder(deal, fields.id)) return null;
  const stakeholder: Stakeholder = { ...fields, title: fields.title ?? '', lastContact: fields.lastContact ?? null };
  if (options.layout === false) return { ...deal, stakeholders: [...deal.stakeholders, stakeholder] };
  // Pin everyone already shown so the newcomer never reshuffles the map.
  const layout = completeLayout(deal);
  layout[fields.id] = findFreeSlot(Object.values(layout));
  return { ...deal, stakeholders: [...deal.stakeholders, stakeholder], layout };
}

function relationKind(deal: Deal, id: string): string | undefined {
  return deal.relations.find((relation) => relation.id === id)?.kind;
}

type BuyingCenterKind =
  | 'set-stance'
  | 'set-interest'
  | 'set-role'
  | 'set-influence'
  | 'set-last-contact'
  | 'add-stakeholder'
  | 'add-influence'
  | 'set-relation-strength'
  | 'remove-relation'
  | 'set-need-confirmed'
  | 'add-benefit'
  | 'set-savings'
  | 'add-referral';

export const BUYING_CENTER_APPLIERS: MoveAppliers<BuyingCenterKind> = {
  'set-stance': (deal, move) => patchStakeholder(deal, move.stakeholderId, { stance: move.stance }),
  'set-interest': (deal, move) => patchStakeholder(deal, move.stakeholderId, { interest: move.interest }),
  'set-role': (deal, move) => patchStakeholder(deal, move.stakeholderId, { role: move.role }),
  'set-influence': (deal, move) => patchStakeholder(deal, move.stakeholderId, { influence: move.influence }),
  'set-last-contact': (deal, move) =>
    patchStakeholder(deal, move.stakeholderId, { lastContact: move.lastContact }),
  'add-stakeholder': (deal, move, options) => addStakeholderWithId(deal, move.stakeholder, options),
  'add-influence': (deal, move, options) =>
    move.from === move.to || !hasStakeholder(deal, move.from) || !hasStakeholder(deal, move.to)
      ? null
      : addRelation(deal, { from: move.from, to: move.to, kind: 'influences', strength: move.strength }, options),
  'set-relation-strength': (deal, move) =>
    relationKind(deal, move.relationId) === 'influences'
      ? updateRelation(deal, move.relationId, { strength: move.strength })
      : null,
  'remove-relation': (deal, move, options) =>
    relationKind(deal, move.relationId) === undefined ? null : deleteRelation(deal, move.relationId, options),
  'set-need-confirmed': (deal, move) =>
    move.confirmedBy !== undefined && move.confirmedBy !== null && !hasStakeholder(deal, move.confirmedBy)
      ? null
      : updateNeed(deal, definedFields({ confirmed: move.confirmed, summary: move.summary, confirmedBy: move.confirmedBy })),
  'add-benefit': (deal, move) => addBenefit(deal, { kind: move.benefitKind, text: move.text }),
  'set-savings': (deal, move) => updateSavings(deal, definedFields({ frontEnd: move.frontEnd, backEnd: move.backEnd })),
  'add-referral': (deal, move) => ({
    ...deal,
    referrals: [...deal.referrals, { name: move.name, ...definedFields({ note: move.note }) }],
  }),
};
