// Compares a review (the latest, or the one `since` names) with the workspace as it is now.
import { messageRef } from '../../../shared/i18n/message-ref';
import type { ReviewChangesReport } from '../../../shared/api/contract';
import type { DealChanges } from '../../../shared/review/change-types';
import { dealChanges } from '../../../shared/review/deal-changes';
import { pipelineChangesOf } from '../../../shared/review/pipeline-changes';
import { sinceCandidates, sinceReviewId } from '../../../shared/review/review-ids';
import { summarizeReview } from '../../../shared/review/review-schema';
import { DealmapApiError } from '../dealmap-api-error';
import { reviewFileLabel } from './review-paths';
import { readFirstReadableReview, reviewIdsOnDisk, unreadableReview } from './review-store';
import { streamWorkspaceSnapshots } from './snapshot-workspace';

/**
 * `since` is a date (the latest readable review on or before it) or one review by id, `-1` naming
 * the day's first; absent, the latest readable review. A damaged review passed over is listed
 * among the problems; one `since` names by id is an error, and so is an id that is not there. A deal whose file cannot be read now is left out of both sides: it is
 * listed as a problem, not reported as removed. With no review at all, `review` is null and no
 * deal has changes.
 */
export async function compareWithReview(workspace: string, asOf: string, since?: string): Promise<ReviewChangesReport> {
  const ids = await reviewIdsOnDisk(workspace);
  const candidates = sinceCandidates(ids, since);
  const { review, problems } = await readFirstReadableReview(workspace, candidates);
  const exact = since === undefined ? null : sinceReviewId(since);
  if (exact !== null && review === undefined) {
    if (problems[0] !== undefined) throw unreadableReview(problems[0]);
    throw new DealmapApiError('not-found', messageRef('host.review.not-found', { id: since ?? exact, file: reviewFileLabel(exact) }));
  }
  if (review === undefined && since !== undefined) {
    throw new DealmapApiError('not-found', messageRef(problems.length > 0 ? 'host.review.none-readable-before' : 'host.review.none-before', { date: since }));
  }
  // Deal by deal: each deal now is compared as it is read and only its changes are kept.
  const earlier = review === undefined ? null : new Map(review.deals.map((deal) => [deal.id, deal]));
  const seen = new Set<string>();
  const deals: DealChanges[] = [];
  const now = await streamWorkspaceSnapshots(workspace, asOf, (snapshot) => {
    seen.add(snapshot.id);
    deals.push(dealChanges(earlier === null ? snapshot : earlier.get(snapshot.id), snapshot));
  });
  for (const [id, deal] of earlier ?? []) {
    if (!seen.has(id) && !now.unreadableIds.has(id)) deals.push(dealChanges(deal, undefined));
  }
  return {
    review: review === undefined ? null : summarizeReview(review),
    asOf,
    changes: pipelineChangesOf(deals),
    problems: [...now.problems, ...problems],
  };
}
