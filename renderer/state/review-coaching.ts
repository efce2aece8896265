// Coaching autosave: each deal's notes and action items saved shortly after typing, one save at a time, never lost.
import { coachingFor, dealCoachingSchema, type DealCoaching, type Review, type SavedCoaching } from '../../shared/review';
import { ENGLISH, stateText, type ChosenLanguage } from './state-text';
import { ApiError, errorMessage, type DealmapClient } from '../api/dealmap-client';
import { coachingKey, reviewSnapshotOf, shownCoaching, type CoachingDraft, type CoachingSaveStatus, type ReviewState } from './review-state';
import { SaveLoop } from './save-loop';
import { IDLE_SAVE, isUnderway, saveStep, type SaveEvent, type SaveMachine } from './save-machine';
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

/** The save machine a draft's status stands for: the status is what the coaching editor shows of it. */
function machineOf(status: CoachingSaveStatus): SaveMachine {
  switch (status.kind) {
    case 'saved':
      return IDLE_SAVE;
    case 'saving':
      return { phase: 'pending', dirty: true, problem: null };
    case 'conflict':
    case 'diverged':
      return { phase: 'conflict', dirty: true, problem: { kind: status.kind, message: status.message } };
    case 'failed':
    case 'invalid':
      return { phase: 'failed', dirty: true, problem: { kind: status.kind, message: status.message } };
  }
}

function statusOf(machine: SaveMachine): CoachingSaveStatus {
  const message = machine.problem?.message ?? '';
  switch (machine.phase) {
    case 'idle':
    case 'saved':
      return { kind: 'saved' };
    case 'pending':
    case 'saving':
      return { kind: 'saving' };
    case 'conflict':
      return { kind: machine.problem?.kind === 'diverged' ? 'diverged' : 'conflict', message };
    case 'failed':
      return { kind: machine.problem?.kind === 'invalid' ? 'invalid' : 'failed', message };
  }
}

/** The draft's status after `event` in the save machine. */
function stepStatus(status: CoachingSaveStatus, event: SaveEvent): CoachingSaveStatus {
  return statusOf(saveStep(machineOf(status), event));
}

export function createCoachingActions(
  client: Pick<DealmapClient, 'saveCoaching' | 'getReview'>,
  { get, set }: StateContainer<ReviewState>,
  delayMs = DEFAULT_DELAY_MS,
  language: ChosenLanguage = ENGLISH,
) {
  // Every save bumps the review's revision: one loop for all deals, saves one after another, each from the last answer.
  const loop = new SaveLoop<string>(delayMs, (key) => saveOnce(key));

  function setStep(key: string, event: SaveEvent): void {
    set((s) => {
      const draft = s.drafts.get(key);
      return draft ? withDraft(s, key, { ...draft, status: stepStatus(draft.status, event) }) : s;
    });
  }

  async function saveOnce(key: string): Promise<void> {
    const { review, drafts } = get();
    const draft = drafts.get(key);
    // A failed draft waits for Retry, a conflict for the user's answer: only one under way is sent.
    if (!draft || !review || review.id !== draft.reviewId || !isUnderway(machineOf(draft.status))) return;
    const sent = draft.coaching;
    const parsed = dealCoachingSchema.safeParse(sent);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStep(key, { type: 'invalid', message: issue ? `${issue.path.join('.')}: ${issue.message}` : 'the coaching is not valid' });
      return;
    }
    let saved: SavedCoaching;
    try {
      saved = await client.saveCoaching({ reviewId: review.id, dealId: draft.dealId, revision: review.revision, coaching: sent });
    } catch (error) {
      setStep(key, { type: 'refused', conflict: error instanceof ApiError && error.code === 'conflict', message: errorMessage(error) });
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
    const status = stepStatus(draft?.status ?? { kind: 'saved' }, { type: 'edited' });
    set((s) => withDraft(s, key, { reviewId: review.id, dealId, coaching, base: draft?.base ?? coachingFor(review, dealId), status }));
    if (status.kind === 'saving') loop.schedule(key);
  }

  function flushCoaching(): Promise<void> {
    for (const [key, draft] of get().drafts) if (isUnderway(machineOf(draft.status))) void loop.run(key);
    return loop.settled();
  }

  function saveNow(dealId: string, base?: DealCoaching): Promise<void> {
    const review = get().review;
    if (!review) return Promise.resolve();
    const key = coachingKey(review.id, dealId);
    set((s) => {
      const draft = s.drafts.get(key);
      return draft ? withDraft(s, key, { ...draft, base: base ?? draft.base, status: stepStatus(draft.status, { type: 'retry' }) }) : s;
    });
    return loop.run(key);
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
        set((s) => ({ ...s, error: stateText(language, 'review.problem.reload-failed', { reason: errorMessage(error) }) }));
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
            drafts.set(key, { ...draft, status: stepStatus(draft.status, { type: 'retry' }) });
            resend.push(key);
          } else {
            const message = 'This deal’s coaching was also changed elsewhere. Your text is kept here: keep yours, or use the saved one.';
            drafts.set(key, { ...draft, status: stepStatus(draft.status, { type: 'diverged', message }) });
          }
        }
        return { ...s, review: fresh, drafts, error: null };
      });
      await Promise.all(resend.map((key) => loop.run(key)));
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
      loop.dispose();
    },
  };
}
