// What a new review inherits from the one before it: open action items, never notes.
import type { DealSnapshot } from './deal-snapshot';
import { compareReviewIds } from './review-ids';
import type { DealCoaching, Review } from './review-schema';

/** The review a new review with `id` follows: the latest of `reviews` whose id comes before it. */
export function previousReview(reviews: readonly Review[], id: string): Review | undefined {
  return [...reviews].sort((a, b) => compareReviewIds(a.id, b.id)).filter((review) => compareReviewIds(review.id, id) < 0).at(-1);
}

/**
 * Open items of `previous` for deals in the new review, each marked with the review it was first
 * written in. Notes do not carry; items of deals no longer in the workspace stay in the old review.
 */
export function carryOpenActionItems(previous: Review | undefined, deals: readonly DealSnapshot[]): Record<string, DealCoaching> {
  if (previous === undefined) return {};
  const coaching: Record<string, DealCoaching> = {};
  for (const deal of deals) {
    const open = (previous.coaching[deal.id]?.actionItems ?? []).filter((item) => !item.done);
    if (open.length === 0) continue;
    coaching[deal.id] = {
      notes: '',
      actionItems: open.map((item) => ({ ...item, carriedFrom: item.carriedFrom ?? previous.id })),
    };
  }
  return coaching;
}
