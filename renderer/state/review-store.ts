// The review store: lists the reviews with the workspace, starts one, picks one, keeps "what changed" fresh after saves.
import type { ReviewChangesReport } from '../../shared/api/contract';
import { exactSince, type Review, type ReviewSummary } from '../../shared/review';
import { errorMessage, type DealmapClient } from '../api/dealmap-client';
import type { AppState } from './app-state';
import { createCoachingActions } from './review-coaching';
import { indexChanges, initialReviewState, type ReviewState } from './review-state';
import { createStateContainer, type StateContainer } from './state-container';
import { ENGLISH, stateText, type ChosenLanguage } from './state-text';

type ReviewClient = Pick<DealmapClient, 'listReviews' | 'startReview' | 'getReview' | 'reviewChanges' | 'saveCoaching'>;

export interface ReviewStoreOptions {
  /** Sends the deals' pending edits, so a new review records what the user sees. */
  readonly flushDeals: () => Promise<void>;
  /** The pause after typing before coaching is saved. */
  readonly coachingDelayMs?: number;
  /** The pause before "what changed" is asked again once deals were saved and the pipeline shows (it re-reads every deal file). */
  readonly refreshDelayMs?: number;
  /** The language its problems are worded in. */
  readonly language?: ChosenLanguage;
}

const DEFAULT_REFRESH_DELAY_MS = 500;

export type ReviewStore = ReturnType<typeof createReviewStore>;

export function createReviewStore(client: ReviewClient, app: Pick<StateContainer<AppState>, 'get' | 'subscribe'>, options: ReviewStoreOptions) {
  const container = createStateContainer<ReviewState>(initialReviewState());
  const { get, set } = container;
  const language = options.language ?? ENGLISH;
  const coaching = createCoachingActions(client, container, options.coachingDelayMs, language);
  // Answers that arrive after a newer question are dropped: a slow read never overwrites a fresh one.
  let openTicket = 0;
  let changesTicket = 0;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Deals were saved since the last comparison. */
  let stale = false;

  function shown(review: Review, report: ReviewChangesReport): Partial<ReviewState> {
    return { review, report, changesById: indexChanges(report), error: null };
  }

  /** Reads a review and what changed since it; null shows "no review yet". */
  async function open(id: string | null): Promise<void> {
    const ticket = ++openTicket;
    changesTicket += 1;
    stale = false;
    if (id === null) {
      set((s) => ({ ...s, review: null, report: null, changesById: indexChanges(null) }));
      return;
    }
    try {
      const asOf = app.get().asOf;
      const [review, report] = await Promise.all([client.getReview({ id }), client.reviewChanges({ since: exactSince(id), asOf })]);
      if (ticket === openTicket) set((s) => ({ ...s, ...shown(review, report) }));
    } catch (error) {
      if (ticket === openTicket) set((s) => ({ ...s, error: stateText(language, 'review.problem.read', { id, reason: errorMessage(error) }) }));
    }
  }

  async function refreshChanges(): Promise<void> {
    clearTimeout(refreshTimer);
    refreshTimer = undefined;
    stale = false;
    const review = get().review;
    if (!review) return;
    const ticket = ++changesTicket;
    try {
      const report = await client.reviewChanges({ since: exactSince(review.id), asOf: app.get().asOf });
      if (ticket !== changesTicket || get().review?.id !== review.id) return;
      set((s) => ({ ...s, report, changesById: indexChanges(report) }));
    } catch (error) {
      if (ticket === changesTicket) set((s) => ({ ...s, error: stateText(language, 'review.problem.changes', { reason: errorMessage(error) }) }));
    }
  }

  function latestId(reviews: readonly ReviewSummary[], picked: string | null): string | null {
    if (picked !== null && reviews.some((review) => review.id === picked)) return picked;
    return reviews[0]?.id ?? null;
  }

  async function readList(): Promise<readonly ReviewSummary[] | null> {
    try {
      const list = await client.listReviews({});
      set((s) => ({ ...s, phase: 'ready', loadError: null, reviews: list.reviews, problems: list.problems }));
      return list.reviews;
    } catch (error) {
      set((s) => ({ ...s, phase: 'failed', loadError: stateText(language, 'review.problem.list', { reason: errorMessage(error) }) }));
      return null;
    }
  }

  // Deal saves land in `deals` (edits in progress do not). Comparing re-reads every deal file, so it
  // waits until the pipeline is on screen; the open deal's own changes are computed live meanwhile.
  let seenDeals = app.get().deals;
  let seenAsOf = app.get().asOf;
  app.subscribe(() => {
    const { deals, asOf, loading, view } = app.get();
    if (deals !== seenDeals || asOf !== seenAsOf) {
      seenDeals = deals;
      seenAsOf = asOf;
      if (!loading && get().review) stale = true;
    }
    if (!stale || view !== 'pipeline' || refreshTimer !== undefined) return;
    refreshTimer = setTimeout(() => void refreshChanges(), options.refreshDelayMs ?? DEFAULT_REFRESH_DELAY_MS);
  });

  return {
    getState: get,
    subscribe: container.subscribe,
    ...coaching,
    refreshChanges,

    /** With the workspace: the reviews, then the picked (or latest) one and what changed since it. */
    async load(): Promise<void> {
      const reviews = await readList();
      if (reviews) await open(latestId(reviews, get().pickedId));
    },

    /** Shows an earlier review (or the latest again); pending coaching of the one shown is saved first. */
    async pickReview(id: string): Promise<void> {
      await coaching.flushCoaching();
      const latest = get().reviews[0]?.id;
      set((s) => ({ ...s, pickedId: id === latest ? null : id }));
      await open(id);
    },

    /**
     * Records a snapshot of every deal as of the review date (pending deal edits saved first) and
     * shows it; open action items of the previous review carry into it.
     */
    async startReview(): Promise<void> {
      if (get().starting) return;
      set((s) => ({ ...s, starting: true, error: null }));
      try {
        await coaching.flushCoaching();
        await options.flushDeals();
        const asOf = app.get().asOf;
        const review = await client.startReview({ asOf });
        const report = await client.reviewChanges({ since: exactSince(review.id), asOf });
        await readList();
        openTicket += 1;
        changesTicket += 1;
        set((s) => ({ ...s, ...shown(review, report), pickedId: null }));
      } catch (error) {
        set((s) => ({ ...s, error: stateText(language, 'review.problem.start', { reason: errorMessage(error) }) }));
      } finally {
        set((s) => ({ ...s, starting: false }));
      }
    },
  };
}
