// The review file, version 1: the deals as the review saw them and the coaching per deal.
import { z } from 'zod';
import { dealIdSchema } from '../model/deal-schema';
import { dealSnapshotSchema } from './deal-snapshot';
import { reviewIdSchema } from './review-ids';
import { ownValue } from '../model/id-record';

export const REVIEW_SCHEMA_VERSION = 1;

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

export const actionItemSchema = z
  .object({
    id: z.string().min(1, { error: 'expected a non-empty id' }).max(64),
    text: z.string().max(2000),
    /** Who does it; free text, often the account executive. */
    owner: z.string().max(200),
    due: isoDate.nullable(),
    done: z.boolean({ error: 'expected true or false' }),
    /** The review the item was first written in, when it was carried into a later one. */
    carriedFrom: reviewIdSchema.optional(),
  })
  .loose();

export const dealCoachingSchema = z
  .object({
    notes: z.string().max(20_000),
    actionItems: z.array(actionItemSchema),
  })
  .loose()
  .superRefine((coaching, ctx) => {
    const ids = new Set<string>();
    coaching.actionItems.forEach((item, index) => {
      if (ids.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['actionItems', index, 'id'], message: `duplicate action item id "${item.id}"` });
      }
      ids.add(item.id);
    });
  });

export const reviewSchema = z
  .object({
    schemaVersion: z.literal(REVIEW_SCHEMA_VERSION, { error: 'expected 1' }),
    id: reviewIdSchema,
    startedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 timestamp' }),
    /** The review date the deals were qualified as of. */
    asOf: isoDate,
    /** Bumped by every save; a save that started from another revision is a conflict. */
    revision: z.number().int({ error: 'expected an integer >= 1' }).min(1, { error: 'expected an integer >= 1' }),
    deals: z.array(dealSnapshotSchema),
    coaching: z.record(dealIdSchema, dealCoachingSchema),
  })
  .loose()
  .superRefine((review, ctx) => {
    const ids = new Set<string>();
    review.deals.forEach((deal, index) => {
      if (ids.has(deal.id)) {
        ctx.addIssue({ code: 'custom', path: ['deals', index, 'id'], message: `duplicate deal id "${deal.id}"` });
      }
      ids.add(deal.id);
    });
  });

export type ActionItem = z.infer<typeof actionItemSchema>;
export type DealCoaching = z.infer<typeof dealCoachingSchema>;
export type Review = z.infer<typeof reviewSchema>;

/** A review in a list: enough to pick one. */
export interface ReviewSummary {
  readonly id: string;
  readonly startedAt: string;
  readonly asOf: string;
  readonly dealCount: number;
}

export function summarizeReview(review: Review): ReviewSummary {
  return { id: review.id, startedAt: review.startedAt, asOf: review.asOf, dealCount: review.deals.length };
}

/** A deal's coaching in a review; empty when nothing was written for it yet. */
export function coachingFor(review: Review, dealId: string): DealCoaching {
  return ownValue(review.coaching, dealId) ?? { notes: '', actionItems: [] };
}
