// The coaching file of a review, `reviews/<review-id>.coaching.json`: the coaching saved since the review started.
import { z } from 'zod';
import { dealIdSchema } from '../model/deal-schema';
import { reviewIdSchema } from './review-ids';
import { dealCoachingSchema, type DealCoaching, type Review } from './review-schema';

export const REVIEW_COACHING_SCHEMA_VERSION = 1;

/**
 * Written by the first coaching save of a review, so a save rewrites a few kilobytes instead of
 * every deal's snapshot. Once it exists, its `revision` and `coaching` are the review's; the review
 * file keeps the coaching it started with (the carried action items) and is never written again.
 */
export const reviewCoachingFileSchema = z
  .object({
    schemaVersion: z.literal(REVIEW_COACHING_SCHEMA_VERSION, { error: 'expected 1' }),
    /** The review it belongs to: the file name without `.coaching.json`. */
    reviewId: reviewIdSchema,
    /** Bumped by every save; a save that started from another revision is a conflict. */
    revision: z.number().int({ error: 'expected an integer >= 1' }).min(1, { error: 'expected an integer >= 1' }),
    coaching: z.record(dealIdSchema, dealCoachingSchema),
  })
  .loose();

export type ReviewCoachingFile = z.infer<typeof reviewCoachingFileSchema>;

/** The review with the coaching file's revision and coaching in place of the ones it started with. */
export function withCoachingFile(review: Review, file: ReviewCoachingFile | undefined): Review {
  return file === undefined ? review : { ...review, revision: file.revision, coaching: file.coaching };
}

/** What a coaching save answers: the deal's coaching as written and the review's new revision, not every snapshot again. */
export interface SavedCoaching {
  readonly reviewId: string;
  readonly dealId: string;
  readonly revision: number;
  readonly coaching: DealCoaching;
}
