// Lists, reads and writes the review files of a workspace (each with its coaching file); a damaged file is listed, never written to.
import { messageRef } from '../../../shared/i18n/message-ref';
import { mkdir, readdir } from 'node:fs/promises';
import { compareReviewIds, isReviewId } from '../../../shared/review/review-ids';
import type { Review } from '../../../shared/review/review-schema';
import { isMissingFileError } from '../durable-file';
import { DealmapApiError } from '../dealmap-api-error';
import { withCoachingFile } from '../../../shared/review/coaching-file-schema';
import { readCoachingFile } from './coaching-file';
import { reviewFileAdapter, type ReviewFileProblem, type ReviewFileRead } from './read-review-file';
import { readReviewFileCached, rememberWrittenReview } from './review-file-cache';
import { reviewFileLabel, reviewFilePath, reviewsFolder } from './review-paths';

export interface ReviewListing {
  /** Every readable review, oldest first. */
  readonly reviews: readonly Review[];
  readonly problems: readonly ReviewFileProblem[];
}

/**
 * The ids of the review files on disk, oldest first, from their names alone: `<review-id>.json`.
 * Other files in reviews/ (temporary files, notes someone left there) are not reviews.
 */
export async function reviewIdsOnDisk(workspace: string): Promise<string[]> {
  try {
    const entries = await readdir(reviewsFolder(workspace), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name.slice(0, -'.json'.length))
      .filter(isReviewId)
      .sort(compareReviewIds);
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
}

/**
 * The review `id` as its files hold it: the review file, with its coaching file's revision and
 * coaching when there is one. A damaged coaching file makes the whole review unreadable.
 */
export async function readReview(workspace: string, id: string): Promise<ReviewFileRead> {
  const read = await readReviewFileCached(reviewFilePath(workspace, id), reviewFileLabel(id));
  if (read.kind !== 'review') return read;
  const coaching = await readCoachingFile(workspace, id);
  if (coaching.kind === 'problem') return coaching;
  return { kind: 'review', review: withCoachingFile(read.review, coaching.kind === 'coaching' ? coaching.file : undefined) };
}

export async function readWorkspaceReviews(workspace: string): Promise<ReviewListing> {
  const reviews: Review[] = [];
  const problems: ReviewFileProblem[] = [];
  for (const id of await reviewIdsOnDisk(workspace)) {
    const read = await readReview(workspace, id);
    if (read.kind === 'review') reviews.push(read.review);
    else if (read.kind === 'problem') problems.push(read.problem);
  }
  return { reviews, problems };
}

/**
 * The first readable review among `ids` (best first), and the problems of the damaged ones it
 * passed over. Reads no more files than it needs: a review of 5,000 deals takes a while to check.
 */
export async function readFirstReadableReview(
  workspace: string,
  ids: readonly string[],
): Promise<{ readonly review: Review | undefined; readonly problems: readonly ReviewFileProblem[] }> {
  const problems: ReviewFileProblem[] = [];
  for (const id of ids) {
    const read = await readReview(workspace, id);
    if (read.kind === 'review') return { review: read.review, problems };
    if (read.kind === 'problem') problems.push(read.problem);
  }
  return { review: undefined, problems };
}

function existing(id: string, read: ReviewFileRead): Review {
  if (read.kind === 'missing') throw new DealmapApiError('not-found', messageRef('host.review.not-found', { id, file: reviewFileLabel(id) }));
  if (read.kind === 'problem') throw unreadableReview(read.problem);
  return read.review;
}

/** Reads a review that must exist and be valid; otherwise throws not-found or unreadable-file. */
export async function readExistingReview(workspace: string, id: string): Promise<Review> {
  return existing(id, isReviewId(id) ? await readReview(workspace, id) : { kind: 'missing' });
}

/** Like readExistingReview, with the revision and coaching the review file started with (its coaching file not read). */
export async function readExistingReviewFile(workspace: string, id: string): Promise<Review> {
  return existing(id, isReviewId(id) ? await readReviewFileCached(reviewFilePath(workspace, id), reviewFileLabel(id)) : { kind: 'missing' });
}

export function unreadableReview(problem: ReviewFileProblem): DealmapApiError {
  return new DealmapApiError('unreadable-file', messageRef('host.review.unreadable', { problem: problem.message }));
}

/** Writes a new review file; throws the EEXIST error if a review with that id is already there. */
export async function writeNewReview(workspace: string, review: Review): Promise<void> {
  await mkdir(reviewsFolder(workspace), { recursive: true });
  await reviewFileAdapter(reviewFilePath(workspace, review.id)).create(review);
  await rememberWrittenReview(reviewFilePath(workspace, review.id), review);
}
