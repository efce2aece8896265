// Saves one deal's coaching in a review, refusing a save that started from another revision of the file.
import type { DealCoaching, Review } from '../../../shared/review/review-schema';
import { DealmapApiError } from '../dealmap-api-error';
import { readExistingReview, writeReview } from './review-store';
import { reviewFileLabel } from './review-paths';

export interface CoachingSave {
  readonly reviewId: string;
  readonly dealId: string;
  /** The review's revision the edit started from. */
  readonly revision: number;
  readonly coaching: DealCoaching;
}

/** Call inside the review's lock: read, check, write. Answers the review as written. */
export async function saveCoaching(workspace: string, save: CoachingSave): Promise<Review> {
  const onDisk = await readExistingReview(workspace, save.reviewId);
  const file = reviewFileLabel(save.reviewId);
  if (onDisk.revision !== save.revision) {
    throw new DealmapApiError(
      'conflict',
      `Review ${save.reviewId} (${file}) changed on disk: it is at revision ${onDisk.revision}, your edit started from revision ${save.revision}. Reload the review; your coaching was not saved.`,
    );
  }
  if (!onDisk.deals.some((deal) => deal.id === save.dealId)) {
    throw new DealmapApiError('not-found', `Review ${save.reviewId} has no deal "${save.dealId}"; your coaching was not saved.`);
  }
  const written: Review = {
    ...onDisk,
    revision: onDisk.revision + 1,
    coaching: { ...onDisk.coaching, [save.dealId]: save.coaching },
  };
  await writeReview(workspace, written);
  return written;
}
