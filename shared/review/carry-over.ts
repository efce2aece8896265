// What a new review inherits from the one before it: open action items, never notes.
import { compareReviewIds } from './review-ids';
import type { DealCoaching, Review } from './review-schema';
import { emptyIdRecord, ownValue } from '../model/id-record';

/** The review a new review with `id` follows: the latest of `reviews` whose id comes before it. */
export function previousReview(reviews: readonly Review[], id: string): Review | undefined {
  return [...reviews].sort((a, b) => compareReviewIds(a.id, b.id)).filter((review) => compareReviewIds(review.id, id) < 0).at(-1);
}

/**
 * Open items of `previous` for `deals`, each marked with the review it was first written in.
 * `deals` are the deals still in the workspace: those the new review holds, and those whose file
 * could not be read as it started (their items wait in it for the next review, or they would be
 * lost for good). Notes do not carry; items of deals no longer in the workspace stay in the old review.
 */
export function carryOpenActionItems(previous: Review | undefined, deals: readonly { readonly id: string }[]): Record<string, DealCoaching> {
  if (previous === undefined) return {};
  const coaching = emptyIdRecord<DealCoaching>();
  for (const deal of deals) {
    const open = (ownValue(previous.coaching, deal.id)?.actionItems ?? []).filter((item) => !item.done);
    if (open.length === 0) continue;
    coaching[deal.id] = {
      notes: '',
      actionItems: open.map((item) => ({ ...item, carriedFrom: item.carriedFrom ?? previous.id })),
    };
  }
  return coaching;
}
