// Coaching autosave: each deal's notes and action items saved shortly after typing, one save at a time, never lost.
import { coachingFor, dealCoachingSchema, type DealCoaching, type Review, type SavedCoaching } from '../../shared/review';
import { ApiError, errorMessage, type DealmapClient } from '../api/dealmap-client';
import { coachingKey, reviewSnapshotOf, shownCoaching, type CoachingDraft, type CoachingSaveStatus, type ReviewState } from './review-state';
import type { StateContainer } from './state-container';

const DEFAULT_DELAY_MS = 600;

/** Rounds of typing while leaving that saveAllCoaching waits for before giving up. */
const MAX_SAVE_ROUNDS = 5;

function sameCoaching(a: DealCoaching, b: DealCoaching): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function withDraft(state: ReviewState, key: string, draft: CoachingDraft | null): ReviewState {
  const drafts = new Map(state.drafts);
  if (draft) drafts.set(key, draft);
  else drafts.delete(key);
  return { ...state, drafts };
}

/** The review after a save: its snapshots as they were, the new revision and the deal's coaching as written. */
function withSavedCoaching(review: Review, saved: SavedCoaching): Review {
  return { ...review, revision: saved.revision, coaching: { ...review.coaching, [saved.dealId]: saved.coaching } };
}

/** Statuses in which typing goes on without saving: the user must answer the clash first. */
function isHalted(status: CoachingSaveStatus): boolean {
  return status.kind === 'conflict' || status.kind === 'diverged';
}

export function createCoachingActions(
  client: Pick<DealmapClient, 'saveCoaching' | 'getReview'>,
  { get, set }: StateContainer<ReviewState>,
  delayMs = DEFAULT_DELAY_MS,
) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Every save bumps the review's revision: saves run one after another, each from the last answer.
  let queue: Promise<void> = Promise.resolve();

  function setStatus(key: string, status: CoachingSaveStatus): void {
    set((s) => {
      const draft = s.drafts.get(key);
      return draft ? withDraft(s, key, { ...draft, status }) : s;
    });
  }

  function run(key: string): Promise<void> {
    clearTimeout(timers.get(key));
    timers.delete(key);
    queue = queue.then(() => saveOnce(key));
    return queue;
  }

  function schedule(key: string): void {
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => void run(key), delayMs));
  }

  async function saveOnce(key: string): Promise<void> {
    const { review, drafts } = get();
    const draft = drafts.get(key);
    if (!draft || !review || review.id !== draft.reviewId || draft.status.kind !== 'saving') return;
    const sent = draft.coaching;
    const parsed = dealCoachingSchema.safeParse(sent);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus(key, { kind: 'invalid', message: issue ? `${issue.path.join('.')}: ${issue.message}` : 'the coaching is not valid' });
      return;
    }
    let saved: SavedCoaching;
    try {
      saved = await client.saveCoaching({ reviewId: review.id, dealId: draft.dealId, revision: review.revision, coaching: sent });
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      setStatus(key, conflict ? { kind: 'conflict', message: errorMessage(error) } : { kind: 'failed', message: errorMessage(error) });
      return;
    }
    set((s) => {
      const next = { ...s, review: s.review?.id === saved.reviewId ? withSavedCoaching(s.review, saved) : s.review };
      const current = s.drafts.get(key);
      if (!current) return next;
      // Typed on while the save was in flight: the newer text waits for its own save.
      if (current.coaching === sent) return withDraft(next, key, null);
      return withDraft(next, key, { ...current, base: sent });
    });
  }

  function edit(dealId: string, change: (coaching: DealCoaching) => DealCoaching): void {
    const state = get();
    const { review } = state;
    // A deal new since the review has no place in it: its coaching starts with the next review.
    if (!review || !reviewSnapshotOf(review, dealId)) return;
    const key = coachingKey(review.id, dealId);
    const draft = state.drafts.get(key);
    const current = shownCoaching(state, dealId) ?? coachingFor(review, dealId);
    const coaching = change(current);
    if (coaching === current) return;
    const status: CoachingSaveStatus = draft && isHalted(draft.status) ? draft.status : { kind: 'saving' };
    set((s) => withDraft(s, key, { reviewId: review.id, dealId, coaching, base: draft?.base ?? coachingFor(review, dealId), status }));
    if (status.kind === 'saving') schedule(key);
  }

  function flushCoaching(): Promise<void> {
    for (const [key, draft] of get().drafts) if (draft.status.kind === 'saving') void run(key);
    return queue;
  }

  function saveNow(dealId: string, base?: DealCoaching): Promise<void> {
    const review = get().review;
    if (!review) return Promise.resolve();
    const key = coachingKey(review.id, dealId);
    set((s) => {
      const draft = s.drafts.get(key);
      return draft ? withDraft(s, key, { ...draft, base: base ?? draft.base, status: { kind: 'saving' } }) : s;
    });
    return run(key);
  }

  return {
    editCoaching: edit,

    /** Sends every pending coaching save now; resolves once each has answered. */
    flushCoaching,

    /** Some deal's coaching is typed but not in the review file yet: waiting, in flight, refused or invalid. */
    hasUnsavedCoaching: (): boolean => get().drafts.size > 0,

    /** The coaching not in the review file yet, oldest draft first; a new object once typed on. */
    unsavedCoaching: (): readonly CoachingDraft[] => [...get().drafts.values()],

    /**
     * Flushes until every draft is in its review file, typing meanwhile included: true then, false
     * as soon as one cannot be saved (failed, refused as a conflict, changed in two places, invalid).
     */
    async saveAllCoaching(): Promise<boolean> {
      for (let round = 0; round < MAX_SAVE_ROUNDS; round += 1) {
        await flushCoaching();
        const drafts = [...get().drafts.values()];
        if (drafts.length === 0) return true;
        // Only a draft still "Saving…" got newer typing during the flush; any other status is stuck.
        if (drafts.some((draft) => draft.status.kind !== 'saving')) return false;
      }
      return false;
    },

    retryCoaching: (dealId: string): Promise<void> => saveNow(dealId),

    /**
     * After a conflict: reads the review again. A deal whose coaching nobody else touched is saved
     * over the new revision at once; one changed elsewhere too waits for keepMyCoaching or useSavedCoaching.
     */
    async reloadReview(): Promise<void> {
      const review = get().review;
      if (!review) return;
      let fresh: Review;
      try {
        fresh = await client.getReview({ id: review.id });
      } catch (error) {
        set((s) => ({ ...s, error: `The review could not be reloaded (${errorMessage(error)}).` }));
        return;
      }
      const resend: string[] = [];
      set((s) => {
        const drafts = new Map(s.drafts);
        for (const [key, draft] of s.drafts) {
          if (draft.reviewId !== fresh.id) continue;
          const onDisk = coachingFor(fresh, draft.dealId);
          if (sameCoaching(onDisk, draft.coaching)) drafts.delete(key);
          else if (sameCoaching(onDisk, draft.base)) {
            drafts.set(key, { ...draft, status: { kind: 'saving' } });
            resend.push(key);
          } else {
            const message = 'This deal’s coaching was also changed elsewhere. Your text is kept here: keep yours, or use the saved one.';
            drafts.set(key, { ...draft, status: { kind: 'diverged', message } });
          }
        }
        return { ...s, review: fresh, drafts, error: null };
      });
      await Promise.all(resend.map((key) => run(key)));
    },

    /** Saves the text on screen over the coaching the file now holds. */
    keepMyCoaching(dealId: string): Promise<void> {
      const review = get().review;
      return review ? saveNow(dealId, coachingFor(review, dealId)) : Promise.resolve();
    },

    /** Drops the text on screen for the coaching the file holds. */
    useSavedCoaching(dealId: string): void {
      const review = get().review;
      if (review) set((s) => withDraft(s, coachingKey(review.id, dealId), null));
    },

    disposeCoaching(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
