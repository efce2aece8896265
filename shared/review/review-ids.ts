// Review ids: the review date, with `-2`, `-3`... for more reviews on the same day; their order, and what `since` names.
import { z } from 'zod';
import { dayNumber } from '../engine/review-date';

const REVIEW_ID = /^(\d{4}-\d{2}-\d{2})(?:-([1-9]\d{0,3}))?$/;

interface IdParts {
  readonly date: string;
  /** null: no suffix. */
  readonly suffix: number | null;
}

function split(text: string): IdParts | null {
  const match = REVIEW_ID.exec(text);
  if (!match?.[1] || dayNumber(match[1]) === null) return null;
  return { date: match[1], suffix: match[2] === undefined ? null : Number(match[2]) };
}

function parts(id: string): { readonly date: string; readonly sequence: number } | null {
  const parsed = split(id);
  // `-1` is never written: the first review of a day has no suffix, so each review has one spelling.
  if (parsed === null || parsed.suffix === 1) return null;
  return { date: parsed.date, sequence: parsed.suffix ?? 1 };
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
 * What `--since` (and the API's `since`) accepts: a date `YYYY-MM-DD`, meaning the latest review
 * on or before it; or one review by id, `YYYY-MM-DD-N`, where `-1` names the day's first review
 * (whose id is the bare date, so the date alone cannot name it once the day has a second).
 */
export function isReviewSince(since: string): boolean {
  return split(since) !== null;
}

export const reviewSinceSchema = z.string().refine(isReviewSince, {
  error: 'expected a date as YYYY-MM-DD or a review id as YYYY-MM-DD-N (-1 for the first review of the day)',
});

/** The review id a `since` names exactly; null for a bare date, which means the latest on or before it. */
export function sinceReviewId(since: string): string | null {
  const parsed = split(since);
  if (parsed === null || parsed.suffix === null) return null;
  return reviewIdFor(parsed.date, parsed.suffix);
}

/** The `since` that names review `id` and no other: the first review of a day is `<date>-1`. */
export function exactSince(id: string): string {
  return split(id)?.suffix === null ? `${id}-1` : id;
}

/**
 * The reviews `since` may name among `ids`, best first: for a review id, that review alone (none
 * when it is not there); for a date, the reviews on or before it, newest first. Without `since`,
 * every review, newest first. A reader takes the first it can read.
 */
export function sinceCandidates(ids: readonly string[], since?: string): string[] {
  const exact = since === undefined ? null : sinceReviewId(since);
  if (exact !== null) return ids.includes(exact) ? [exact] : [];
  const newestFirst = [...ids].sort(compareReviewIds).reverse();
  return since === undefined ? newestFirst : newestFirst.filter((id) => reviewIdDate(id) <= reviewIdDate(since));
}

/** The review `since` names among `ids` (see sinceCandidates); null when there is none. */
export function resolveSinceReview(ids: readonly string[], since?: string): string | null {
  return sinceCandidates(ids, since)[0] ?? null;
}
