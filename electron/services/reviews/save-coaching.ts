// Saves one deal's coaching in a review's coaching file, refusing a save that started from another revision.
import type { DealCoaching } from '../../../shared/review/review-schema';
import { REVIEW_COACHING_SCHEMA_VERSION, type ReviewCoachingFile, type SavedCoaching } from '../../../shared/review/coaching-file-schema';
import { isAlreadyExistsError } from '../durable-file';
import { DealmapApiError } from '../dealmap-api-error';
import { readCoachingFile, writeCoachingFile } from './coaching-file';
import { readExistingReviewFile, unreadableReview } from './review-store';
import { reviewFileLabel } from './review-paths';

export interface CoachingSave {
  readonly reviewId: string;
  readonly dealId: string;
  /** The review's revision the edit started from. */
  readonly revision: number;
  readonly coaching: DealCoaching;
}

function conflict(save: CoachingSave, onDisk: number | null): DealmapApiError {
  const where = onDisk === null ? 'someone else saved it at the same moment' : `it is at revision ${onDisk}`;
  return new DealmapApiError(
    'conflict',
    `Review ${save.reviewId} (${reviewFileLabel(save.reviewId)}) changed on disk: ${where}, your edit started from revision ${save.revision}. Reload the review; your coaching was not saved.`,
  );
}

/**
 * Call inside the review's lock: read, check, write. The revision is checked against the coaching
 * file on disk, read and validated in full on every save (it is small); before the first save, it
 * is the review file's. The review file itself (every deal's snapshot) is never rewritten: it is
 * read once and kept while it stays the same file.
 */
export async function saveCoaching(workspace: string, save: CoachingSave): Promise<SavedCoaching> {
  const review = await readExistingReviewFile(workspace, save.reviewId);
  const onDisk = await readCoachingFile(workspace, save.reviewId);
  if (onDisk.kind === 'problem') throw unreadableReview(onDisk.problem);
  const current = onDisk.kind === 'coaching' ? onDisk.file : review;
  if (current.revision !== save.revision) throw conflict(save, current.revision);
  if (!review.deals.some((deal) => deal.id === save.dealId)) {
    throw new DealmapApiError('not-found', `Review ${save.reviewId} has no deal "${save.dealId}"; your coaching was not saved.`);
  }
  const written: ReviewCoachingFile = {
    ...(onDisk.kind === 'coaching' ? onDisk.file : {}),
    schemaVersion: REVIEW_COACHING_SCHEMA_VERSION,
    reviewId: save.reviewId,
    revision: current.revision + 1,
    coaching: { ...current.coaching, [save.dealId]: save.coaching },
  };
  try {
    await writeCoachingFile(workspace, written, onDisk.kind === 'missing');
  } catch (error) {
    // Another process made the first save between our read and our create.
    if (isAlreadyExistsError(error)) throw conflict(save, null);
    throw error;
  }
  return { reviewId: save.reviewId, dealId: save.dealId, revision: written.revision, coaching: save.coaching };
}
