// Saves one deal's coaching in a review's coaching file, refusing a save that started from another revision.
import { messageRef } from '../../../shared/i18n/message-ref';
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
  const at = { id: save.reviewId, file: reviewFileLabel(save.reviewId), startedFrom: save.revision };
  return new DealmapApiError('conflict', onDisk === null ? messageRef('host.review.conflict-same-moment', at) : messageRef('host.review.conflict', { ...at, onDisk }));
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
    throw new DealmapApiError('not-found', messageRef('host.review.no-deal', { id: save.reviewId, deal: save.dealId }));
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
