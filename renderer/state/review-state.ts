// The review state: the workspace's reviews, the one being looked at, what changed since it, coaching drafts.
import type { DealFileProblem, ReviewChangesReport } from '../../shared/api/contract';
import type { DealChanges, DealCoaching, DealSnapshot, Review, ReviewSummary } from '../../shared/review';
import { ownValue } from '../../shared/model/id-record';

export type CoachingSaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  /** The draft breaks the review format (say, a note too long): kept on screen, not written. */
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }
  /** The review file was saved elsewhere since it was read: nothing is written until it is reloaded. */
  | { readonly kind: 'conflict'; readonly message: string }
  /** Reloaded, and this deal's coaching was changed elsewhere too: the user keeps theirs or takes the file's. */
  | { readonly kind: 'diverged'; readonly message: string };

/** A deal's coaching as typed, ahead of the review file while a save is pending or refused. */
export interface CoachingDraft {
  readonly reviewId: string;
  readonly dealId: string;
  /** What the editor shows. */
  readonly coaching: DealCoaching;
  /** The coaching as the file held it when this draft began (or was last saved): tells a safe reload from a clash. */
  readonly base: DealCoaching;
  readonly status: CoachingSaveStatus;
}

export interface ReviewState {
  /** `loading` until the first list answers; `failed` when the reviews could not be read at all. */
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly loadError: string | null;
  /** Newest first. */
  readonly reviews: readonly ReviewSummary[];
  /** Review files that could not be read: listed, never written to. */
  readonly problems: readonly DealFileProblem[];
  /** The review the user picked; null follows the latest. */
  readonly pickedId: string | null;
  /** The review being looked at: its snapshots and its coaching. */
  readonly review: Review | null;
  /** What changed across the workspace (as saved) since `review`. */
  readonly report: ReviewChangesReport | null;
  readonly changesById: ReadonlyMap<string, DealChanges>;
  readonly starting: boolean;
  /** Why the last review could not be started or read. */
  readonly error: string | null;
  /** Keyed by coachingKey(reviewId, dealId). */
  readonly drafts: ReadonlyMap<string, CoachingDraft>;
}

export const EMPTY_COACHING: DealCoaching = { notes: '', actionItems: [] };

export function initialReviewState(): ReviewState {
  return {
    phase: 'loading',
    loadError: null,
    reviews: [],
    problems: [],
    pickedId: null,
    review: null,
    report: null,
    changesById: new Map(),
    starting: false,
    error: null,
    drafts: new Map(),
  };
}

export function coachingKey(reviewId: string, dealId: string): string {
  return `${reviewId}\u0000${dealId}`;
}

/** The changes report indexed by deal id, so each table row finds its deal at once. */
export function indexChanges(report: ReviewChangesReport | null): ReadonlyMap<string, DealChanges> {
  return new Map((report?.changes.deals ?? []).map((deal) => [deal.dealId, deal]));
}

// Keyed by the snapshots, not the review: a coaching save gives a new review object with the same deals.
const snapshotIndexes = new WeakMap<Review['deals'], ReadonlyMap<string, DealSnapshot>>();

/** The review's snapshot of one deal; undefined when the deal is new since the review. */
export function reviewSnapshotOf(review: Review, dealId: string): DealSnapshot | undefined {
  let index = snapshotIndexes.get(review.deals);
  if (!index) {
    index = new Map(review.deals.map((deal) => [deal.id, deal]));
    snapshotIndexes.set(review.deals, index);
  }
  return index.get(dealId);
}

/** The coaching the editor shows for a deal: the draft when there is one, else the review's. */
export function shownCoaching(state: ReviewState, dealId: string): DealCoaching | null {
  const { review } = state;
  if (!review) return null;
  return state.drafts.get(coachingKey(review.id, dealId))?.coaching ?? ownValue(review.coaching, dealId) ?? EMPTY_COACHING;
}

const SAVED: CoachingSaveStatus = { kind: 'saved' };

/** One constant for "saved", so React selectors see no new object on every read. */
export function coachingStatus(state: ReviewState, dealId: string): CoachingSaveStatus {
  const { review } = state;
  if (!review) return SAVED;
  return state.drafts.get(coachingKey(review.id, dealId))?.status ?? SAVED;
}
