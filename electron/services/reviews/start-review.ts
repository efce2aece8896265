// Starts a review: snapshots every readable deal and carries the previous review's open action items, unreadable deals' too.
import { messageRef } from '../../../shared/i18n/message-ref';
import { carryOpenActionItems } from '../../../shared/review/carry-over';
import { compareReviewIds, reviewIdFor } from '../../../shared/review/review-ids';
import { REVIEW_SCHEMA_VERSION, type Review } from '../../../shared/review/review-schema';
import { isAlreadyExistsError } from '../durable-file';
import { coachingFileExists } from './coaching-file';
import { DealmapApiError } from '../dealmap-api-error';
import { readFirstReadableReview, reviewIdsOnDisk, writeNewReview } from './review-store';
import { snapshotWorkspace, type WorkspaceSnapshot } from './snapshot-workspace';

/** More reviews than anyone holds in one day. */
const MAX_REVIEWS_PER_DAY = 9999;

async function newReview(workspace: string, id: string, taken: readonly string[], asOf: string, startedAt: string, snapshot: WorkspaceSnapshot): Promise<Review> {
  // The previous review is the latest readable one before this id; a damaged one is skipped, never guessed at.
  const earlier = taken.filter((other) => compareReviewIds(other, id) < 0).reverse();
  const { review: previous } = await readFirstReadableReview(workspace, earlier);
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id,
    startedAt,
    asOf,
    revision: 1,
    deals: [...snapshot.deals],
    // A deal unreadable now keeps its open items: the review after this one carries them on.
    coaching: carryOpenActionItems(previous, [...snapshot.deals, ...[...snapshot.unreadableIds].map((dealId) => ({ id: dealId }))]),
  };
}

/**
 * The review gets the first free id of `asOf`'s day; an existing file, readable or not, is never
 * replaced (the create is exclusive, so two windows starting a review at once get two ids).
 */
export async function startReview(workspace: string, asOf: string, startedAt: string): Promise<Review> {
  const snapshot = await snapshotWorkspace(workspace, asOf);
  let sequence = 1;
  while (sequence <= MAX_REVIEWS_PER_DAY) {
    const taken = await reviewIdsOnDisk(workspace);
    // A coaching file left without its review would be read as the new review's coaching: its id is taken too.
    while (taken.includes(reviewIdFor(asOf, sequence)) || (await coachingFileExists(workspace, reviewIdFor(asOf, sequence)))) sequence += 1;
    if (sequence > MAX_REVIEWS_PER_DAY) break;
    const review = await newReview(workspace, reviewIdFor(asOf, sequence), taken, asOf, startedAt, snapshot);
    try {
      await writeNewReview(workspace, review);
      return review;
    } catch (error) {
      if (!isAlreadyExistsError(error)) throw error;
    }
  }
  throw new DealmapApiError('already-exists', messageRef('host.review.ids-taken', { date: asOf }));
}
