// Undo and redo of deal edits as a history of deal snapshots; continuous typing is one step.
import type { Deal } from '../../shared/model/deal-schema';

const MAX_STEPS = 100;

export interface DealHistory {
  /** Earlier versions of the deal, oldest first. */
  readonly past: readonly Deal[];
  /** Versions undone, the next redo last. */
  readonly future: readonly Deal[];
  /** The key of the last recorded edit; an edit with the same key extends that step. */
  readonly lastKey: string | null;
}

export const EMPTY_HISTORY: DealHistory = { past: [], future: [], lastKey: null };

/**
 * Records that the deal was `before` when an edit happened. Edits sharing a non-null `key`
 * (one text field typed into, one card dragged) in a row collapse into one undo step.
 */
export function recordEdit(history: DealHistory, before: Deal, key: string | null): DealHistory {
  if (key !== null && key === history.lastKey) {
    return { ...history, future: [] };
  }
  return { past: [...history.past, before].slice(-MAX_STEPS), future: [], lastKey: key };
}

export interface HistoryStep {
  readonly history: DealHistory;
  readonly deal: Deal;
}

/** Steps back; the restored deal keeps the current revision so the next save is not a conflict. */
export function undo(history: DealHistory, current: Deal): HistoryStep | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, current], lastKey: null },
    deal: withRevisionOf(previous, current),
  };
}

export function redo(history: DealHistory, current: Deal): HistoryStep | null {
  const next = history.future.at(-1);
  if (!next) return null;
  return {
    history: { past: [...history.past, current], future: history.future.slice(0, -1), lastKey: null },
    deal: withRevisionOf(next, current),
  };
}

function withRevisionOf(snapshot: Deal, current: Deal): Deal {
  return { ...snapshot, revision: current.revision, updatedAt: current.updatedAt };
}
