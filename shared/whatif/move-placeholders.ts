// Where a move's placeholder fields land in the deal, so the applied deal marks them "to be confirmed".
import type { Deal } from '../model/deal-schema';
import { markPlaceholder, valueAt } from '../model/placeholders';
import type { WhatIfMove } from './what-if-move';

/** The id of the last item of a list: where an add-* move put its new item. */
function lastId(items: readonly { readonly id: string }[]): string {
  return items[items.length - 1]?.id ?? '';
}

/** The path of one placeholder field of the move, in the deal the move produced. */
function pathOf(move: WhatIfMove, field: string, after: Deal): string | null {
  switch (move.kind) {
    case 'set-stance':
      return `stakeholders[${move.stakeholderId}].stance`;
    case 'add-stakeholder':
      return `stakeholders[${move.stakeholder.id}].${field}`;
    case 'set-budget':
      return `budget.${field}`;
    case 'set-timeframe':
      return `timeframe.${field}`;
    case 'set-pain':
      return `pain.${field}`;
    case 'set-champion-test':
      return `stakeholders[${move.stakeholderId}].championTest.${field}`;
    case 'add-metric':
      return `metrics[${lastId(after.metrics)}].${field}`;
    case 'add-decision-criterion':
      return `decisionCriteria[${lastId(after.decisionCriteria)}].${field}`;
    case 'add-process-step':
      return `${move.process}.steps[${lastId(after[move.process].steps)}].${field}`;
    case 'set-process-step':
      return `${move.process}.steps[${move.itemId}].${field}`;
    case 'add-referral':
      return `referrals.${after.referrals.length - 1}.${field}`;
    case 'add-competitor':
      return `competition[${lastId(after.competition)}].${field}`;
    case 'set-competitor-note':
      return `competition[${move.itemId}].${field}`;
    case 'set-close-date':
      return 'closeDate';
    default:
      return null;
  }
}

/**
 * Marks the fields the move lists in `placeholders`, where it changed them: a move that writes
 * the value already there marks nothing, so a real answer is never turned into a placeholder.
 */
export function markMovePlaceholders(before: Deal, after: Deal, move: WhatIfMove): Deal {
  const fields = 'placeholders' in move ? (move.placeholders ?? []) : [];
  if (after === before) return after;
  let marked = after;
  for (const field of fields) {
    const path = pathOf(move, field, after);
    if (path === null || valueAt(before, path) === valueAt(after, path)) continue;
    marked = markPlaceholder(marked, path);
  }
  return marked;
}
