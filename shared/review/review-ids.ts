// Review ids: the review date, with `-2`, `-3`... for more reviews on the same day; their order and lookup.
import { z } from 'zod';
import { dayNumber } from '../engine/review-date';

const REVIEW_ID = /^(\d{4}-\d{2}-\d{2})(?:-([1-9]\d{0,3}))?$/;

function parts(id: string): { readonly date: string; readonly sequence: number } | null {
  const match = REVIEW_ID.exec(id);
  if (!match?.[1] || dayNumber(match[1]) === null) return null;
  const sequence = match[2] === undefined ? 1 : Number(match[2]);
  // `-1` is never written: the first review of a day has no suffix, so each review has one spelling.
  return sequence === 1 && match[2] !== undefined ? null : { date: match[1], sequence };
}

/** `2026-11-27` or `2026-11-27-2`: a real date, then an optional sequence from 2 to 9999. */
export const reviewIdSchema = z.string().refine((id) => parts(id) !== null, {
  error: 'expected a review id as YYYY-MM-DD or YYYY-MM-DD-N',
});

export function isReviewId(id: string): boolean {
  return parts(id) !== null;
}

/** The id of the `sequence`-th review on `date` (1 for the first). */
export function reviewIdFor(date: string, sequence: number): string {
  return sequence <= 1 ? date : `${date}-${sequence}`;
}

/** The review's date, `YYYY-MM-DD`. */
export function reviewIdDate(id: string): string {
  return id.slice(0, 10);
}

/** Oldest first: by date, then by the sequence as a number (so `-10` comes after `-9`). */
export function compareReviewIds(a: string, b: string): number {
  const left = parts(a);
  const right = parts(b);
  if (left === null || right === null) return a < b ? -1 : a > b ? 1 : 0;
  if (left.date !== right.date) return left.date < right.date ? -1 : 1;
  return left.sequence - right.sequence;
}

/**
 * The reviews `since` may name among `ids`, best first: the review with exactly that id alone; else
 * (a date) the reviews on or before that date, newest first. Without `since`, every review, newest first.
 * A reader takes the first it can read.
 */
export function sinceCandidates(ids: readonly string[], since?: string): string[] {
  if (since !== undefined && ids.includes(since)) return [since];
  const newestFirst = [...ids].sort(compareReviewIds).reverse();
  return since === undefined ? newestFirst : newestFirst.filter((id) => reviewIdDate(id) <= reviewIdDate(since));
}

/** The review `since` names among `ids` (see sinceCandidates); null when there is none. */
export function resolveSinceReview(ids: readonly string[], since?: string): string | null {
  return sinceCandidates(ids, since)[0] ?? null;
}
