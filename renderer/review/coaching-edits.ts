// Pure edits of one deal's coaching in a review: notes, and action items added, changed and removed.
import type { ActionItem, DealCoaching } from '../../shared/review';

export type ActionItemPatch = Partial<Pick<ActionItem, 'text' | 'owner' | 'due' | 'done'>>;

/** `item-N` with the first N no item uses; carried items keep the ids they were written with. */
export function nextActionItemId(items: readonly ActionItem[]): string {
  const taken = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (taken.has(`item-${n}`)) n += 1;
  return `item-${n}`;
}

export function setNotes(coaching: DealCoaching, notes: string): DealCoaching {
  return coaching.notes === notes ? coaching : { ...coaching, notes };
}

/** Adds an empty open item at the end; answers the coaching and the new item's id. */
export function addActionItem(coaching: DealCoaching, owner = ''): { coaching: DealCoaching; itemId: string } {
  const itemId = nextActionItemId(coaching.actionItems);
  const item: ActionItem = { id: itemId, text: '', owner, due: null, done: false };
  return { coaching: { ...coaching, actionItems: [...coaching.actionItems, item] }, itemId };
}

export function updateActionItem(coaching: DealCoaching, itemId: string, patch: ActionItemPatch): DealCoaching {
  return {
    ...coaching,
    actionItems: coaching.actionItems.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
  };
}

export function removeActionItem(coaching: DealCoaching, itemId: string): DealCoaching {
  return { ...coaching, actionItems: coaching.actionItems.filter((item) => item.id !== itemId) };
}
