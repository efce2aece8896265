// React access to the review store: state slices, and a deal's changes since the review (live for the open deal).
import { useMemo, useSyncExternalStore } from 'react';
import type { DealChanges } from '../../shared/review';
import { liveDealChanges } from './review-deal-changes';
import type { ReviewState } from './review-state';
import type { ReviewStore } from './review-store';
import { useAppState, useAppStore } from './store-context';
import { savedOpenDeal } from './what-if';

export function useReviewStore(): ReviewStore {
  return useAppStore().reviews;
}

/** Subscribes to a slice; the selector must return stored values, not new objects. */
export function useReviewState<T>(selector: (state: ReviewState) => T): T {
  const reviews = useReviewStore();
  return useSyncExternalStore(reviews.subscribe, () => selector(reviews.getState()));
}

/**
 * The deal's changes since the review shown; null without a review. The open deal's come from its
 * working copy as saved by the user (never a what-if scratch copy), the others' from the last report.
 */
export function useDealChanges(dealId: string): DealChanges | null {
  const open = useAppState((s) => {
    const deal = savedOpenDeal(s);
    return deal?.id === dealId ? deal : null;
  });
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  const review = useReviewState((s) => s.review);
  const reported = useReviewState((s) => s.changesById.get(dealId) ?? null);
  return useMemo(() => {
    if (!review) return null;
    return open ? liveDealChanges(open, review, asOf, settings) : reported;
  }, [open, review, asOf, settings, reported]);
}
