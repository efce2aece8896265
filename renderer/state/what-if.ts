// What-if mode: the editors work on a scratch copy in `deal`, the saved deal waits aside, nothing is saved until applied.
import { messageRef, type MessageRef } from '../../shared/i18n';
import type { Deal } from '../../shared/model/deal-schema';
import { NO_SELECTION, type AppState } from './app-state';
import { EMPTY_HISTORY, type DealHistory } from './deal-history';
import type { StateContainer } from './state-container';

/** What the user asked for while simulating that ends the simulation: they choose apply or discard. */
export type SimulationLeaveRequest =
  | { readonly kind: 'exit' }
  | { readonly kind: 'open-deal'; readonly dealId: string };

export interface WhatIfSession {
  /** The deal as it was (and is being saved) when the simulation began; discard brings it back. */
  readonly saved: Deal;
  /** The saved deal's undo history; the scratch copy has its own in `history`. */
  readonly savedHistory: DealHistory;
  /** Set while the "Leave the simulation?" question is open. */
  readonly leaveRequest: SimulationLeaveRequest | null;
}

export function isSimulating(state: Pick<AppState, 'whatIf'>): boolean {
  return state.whatIf !== null;
}

/** The state as it is on disk's side: the saved deal open, never the scratch copy. */
function withSavedDeal(state: AppState): AppState {
  return state.whatIf ? { ...state, deal: state.whatIf.saved } : state;
}

/**
 * The state as the autosavers must see it. While simulating they see the saved deal, so a save of
 * the real deal begun before the simulation adopts its revision there (and in the deal list),
 * never into the scratch copy's content; the scratch copy takes the new revision only, so Apply
 * saves over the latest one.
 */
export function savedDealView(container: StateContainer<AppState>): Pick<StateContainer<AppState>, 'get' | 'set'> {
  return {
    get: () => withSavedDeal(container.get()),
    set: (update) =>
      container.set((state) => {
        const session = state.whatIf;
        if (!session) return update(state);
        const view = withSavedDeal(state);
        const next = update(view);
        if (next === view) return state;
        const saved = next.deal?.id === session.saved.id ? next.deal : session.saved;
        const scratch = state.deal && state.deal.revision !== saved.revision
          ? { ...state.deal, revision: saved.revision, updatedAt: saved.updatedAt }
          : state.deal;
        return { ...next, deal: scratch, history: state.history, selection: state.selection, whatIf: { ...session, saved } };
      }),
  };
}

/** The open deal as the user last saved it: the saved copy while simulating. */
export function savedOpenDeal(state: Pick<AppState, 'deal' | 'whatIf'>): Deal | null {
  return state.whatIf?.saved ?? state.deal;
}

export function hasSimulatedChanges(state: Pick<AppState, 'deal' | 'whatIf'>): boolean {
  const { whatIf, deal } = state;
  if (!whatIf || !deal) return false;
  return JSON.stringify(contentOf(deal)) !== JSON.stringify(contentOf(whatIf.saved));
}

function contentOf(deal: Deal): Deal {
  return { ...deal, revision: 0, updatedAt: '' };
}

export interface WhatIfActionsOptions {
  /** The store's edit: recorded for undo, and autosaved unless simulating. */
  readonly edit: (change: (deal: Deal) => Deal, key?: string | null) => void;
  /** Opens another deal once the simulation has ended. */
  readonly openDeal: (dealId: string) => void;
}

export function createWhatIfActions(container: StateContainer<AppState>, { edit, openDeal }: WhatIfActionsOptions) {
  const { get, set } = container;

  /** Puts the saved deal and its history back, keeping the selection when its stakeholder still exists. */
  function restoreSaved(notice: MessageRef | null): Deal | null {
    const { whatIf: session, deal: scratch } = get();
    if (!session) return null;
    const known = new Set(session.saved.stakeholders.map((s) => s.id));
    set((s) => ({
      ...s,
      deal: session.saved,
      history: session.savedHistory,
      whatIf: null,
      whatIfNotice: notice,
      selection: known.has(s.selection.stakeholderId ?? '') ? s.selection : NO_SELECTION,
    }));
    return scratch;
  }

  function discard(): void {
    restoreSaved(null);
  }

  /** The scratch copy becomes one normal edit of the saved deal: one undo step, autosaved. */
  function apply(): void {
    const scratch = restoreSaved(null);
    if (scratch) edit((saved) => ({ ...scratch, revision: saved.revision, updatedAt: saved.updatedAt }));
  }

  function answerLeave(choice: 'apply' | 'discard' | 'stay'): void {
    const request = get().whatIf?.leaveRequest;
    if (!request) return;
    if (choice === 'stay') {
      set((s) => (s.whatIf ? { ...s, whatIf: { ...s.whatIf, leaveRequest: null } } : s));
      return;
    }
    if (choice === 'apply') apply();
    else discard();
    if (request.kind === 'open-deal') openDeal(request.dealId);
  }

  return {
    /**
     * Starts simulating on the open deal, or keeps simulating; `change` (an action's moves) is made
     * on the scratch copy as one undo step of its own.
     */
    enterWhatIf(change?: (deal: Deal) => Deal): void {
      const deal = get().deal;
      if (!deal) return;
      if (!get().whatIf) {
        set((s) => ({
          ...s,
          whatIf: { saved: deal, savedHistory: s.history, leaveRequest: null },
          history: EMPTY_HISTORY,
          whatIfNotice: null,
        }));
      }
      if (change) edit(change);
    },
    applyWhatIf: apply,
    discardWhatIf: discard,
    /** The What-if toggle pressed while simulating: ends at once without changes, otherwise asks. */
    exitWhatIf(): void {
      if (!get().whatIf) return;
      if (!hasSimulatedChanges(get())) discard();
      else requestLeave({ kind: 'exit' });
    },
    answerSimulationLeave: answerLeave,
    dismissWhatIfNotice(): void {
      set((s) => (s.whatIfNotice === null ? s : { ...s, whatIfNotice: null }));
    },
    /** Something replaced the open deal (a new deal, a delete, a reload): the simulation is dropped. */
    dropSimulation(): void {
      const name = get().whatIf?.saved.name;
      if (name === undefined) return;
      restoreSaved(hasSimulatedChanges(get()) ? messageRef('whatif.notice.discarded', { deal: name }) : null);
    },
    requestLeave,
  };

  function requestLeave(request: SimulationLeaveRequest): void {
    set((s) => (s.whatIf ? { ...s, whatIf: { ...s.whatIf, leaveRequest: request } } : s));
  }
}
