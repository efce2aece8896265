// The renderer's store: workspace and deal actions over the API, edits with undo and autosave.
import type { Deal, Position } from '../../shared/model/deal-schema';
import { errorMessage, type DealmapClient } from '../api/dealmap-client';
import { NO_SELECTION, initialAppState, summaryOf, upsertDeal, type AppState } from './app-state';
import { createDealSavers } from './deal-savers';
import { EMPTY_HISTORY, recordEdit, redo, undo } from './deal-history';
import { addStakeholder, moveStakeholders, type StakeholderPatch } from '../../shared/edits/buying-center-edits';
import { createPaneActions } from './pane-actions';
import { readPaneLayout } from './pane-layout';
import { createStateContainer } from './state-container';
import { createSettingsActions } from './settings-actions';
import { createWhatIfActions, savedDealView } from './what-if';
import { createViewActions } from './view-actions';
import { createOutsideChanges } from './outside-changes';
import type { ChosenLanguage } from './state-text';
import { createReviewStore } from './review-store';
import { createExportActions } from '../export/export-actions';
import { createImportActions } from '../import/import-actions';
import { createTeamActions } from '../team/team-actions';

const LAST_DEAL_KEY = 'dealmap:last-deal';
/** A cold listing of 50,000 deals takes seconds: its progress is asked for this often. */
const PROGRESS_POLL_MS = 300;

export interface AppStoreOptions {
  readonly asOf: string;
  /** Today on the user's calendar; when given, refreshReviewDate moves the review date to it. */
  readonly today?: () => string;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly autosaveDelayMs?: number;
  /** The window matches NARROW_WINDOW_QUERY at start, so the first layout is already the right one. */
  readonly narrowWindow?: boolean;
  /** The language the stores word their problems in (the one the user picked). */
  readonly language?: ChosenLanguage;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(client: DealmapClient, options: AppStoreOptions) {
  const narrowAtStart = options.narrowWindow ?? false;
  const container = createStateContainer<AppState>(
    initialAppState(options.asOf, narrowAtStart, readPaneLayout(options.storage, narrowAtStart)),
  );
  const { get, set } = container;
  // The savers never see a what-if scratch copy, only the deal as saved.
  const savers = createDealSavers(client, savedDealView(container), options.autosaveDelayMs);

  function show(deal: Deal | null): void {
    whatIf.dropSimulation();
    const previous = get().deal;
    if (previous) {
      // The previous deal's pending edits are written in the background; the list keeps them.
      void savers.existing(previous.id)?.flush();
      set((s) => ({ ...s, deals: upsertDeal(s.deals, summaryOf(previous, s.asOf, s.settings)) }));
    }
    set((s) => ({
      ...s,
      deal,
      outsideChange: null,
      history: EMPTY_HISTORY,
      selection: NO_SELECTION,
      // A deal whose save failed earlier in the session still says so: its edits are not on disk.
      saveStatus: (deal && savers.existing(deal.id)?.status) || { kind: 'saved' },
      fitRequest: s.fitRequest + 1,
    }));
    if (deal) options.storage?.setItem(LAST_DEAL_KEY, deal.id);
  }

  /** Applies an edit to the open deal: recorded for undo, re-qualified by the views, autosaved. */
  function edit(change: (deal: Deal) => Deal, key: string | null = null): void {
    const current = get().deal;
    if (!current) return;
    const next = change(current);
    // An edit that changes nothing (the same relation added twice) is no undo step and no save.
    if (next === current || JSON.stringify(next) === JSON.stringify(current)) return;
    set((s) => ({ ...s, deal: next, history: recordEdit(s.history, current, key) }));
    // Nothing is saved while simulating.
    if (get().whatIf) return;
    // The first edit of a deal starts from the deal as read from its file.
    savers.saverFor(next.id, current).changed(next);
  }

  function step(direction: typeof undo): void {
    const { deal, history } = get();
    if (!deal) return;
    const result = direction(history, deal);
    if (!result) return;
    const known = new Set(result.deal.stakeholders.map((s) => s.id));
    set((s) => ({
      ...s,
      deal: result.deal,
      history: result.history,
      selection: known.has(s.selection.stakeholderId ?? '') ? s.selection : NO_SELECTION,
    }));
    if (!get().whatIf) savers.saverFor(result.deal.id).changed(result.deal);
  }

  // The deal the latest open asked for: an earlier fetch that answers later is dropped.
  let opening: string | null = null;

  /** The deal whole: its working copy when edits of it are not on disk yet, else fetched from its file. */
  async function fetchDeal(id: string): Promise<Deal | null> {
    const unsaved = savers.unsavedDeals().find((deal) => deal.id === id);
    if (unsaved) return unsaved;
    try {
      return await client.getDeal({ id });
    } catch (error) {
      set((s) => ({ ...s, loadError: errorMessage(error) }));
      return null;
    }
  }

  /** Opens a listed deal: the list holds summaries, so the deal itself is fetched first. */
  async function openDeal(id: string): Promise<void> {
    const state = get();
    if (state.deal?.id === id) return;
    // Leaving a simulation asks first: apply it, discard it, or keep simulating.
    if (state.whatIf) return whatIf.requestLeave({ kind: 'open-deal', dealId: id });
    opening = id;
    const deal = await fetchDeal(id);
    if (opening !== id) return;
    opening = null;
    if (deal && get().deal?.id !== id) show(deal);
  }

  /** Lists the workspace; while a cold listing reads every file, its progress is polled for the progress bar. */
  async function listWithProgress(asOf: string) {
    let polling = true;
    const poll = async () => {
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
      while (polling) {
        const progress = await client.listingProgress({}).catch(() => null);
        if (polling && progress) set((s) => ({ ...s, listingProgress: progress }));
        await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
      }
    };
    void poll();
    try {
      return await client.listDeals({ asOf });
    } finally {
      polling = false;
    }
  }

  /** The summaries are qualified on the host: a new review date or new settings lists them again. */
  async function relist(): Promise<void> {
    const { asOf } = get();
    try {
      const listing = await client.listDeals({ asOf });
      if (get().asOf === asOf) set((s) => ({ ...s, deals: listing.deals, problems: listing.problems }));
    } catch (error) {
      set((s) => ({ ...s, loadError: errorMessage(error) }));
    }
  }
  /** After a push naming deal files: those files' summaries replace theirs, removed ones leave, in name order. */
  async function relistFiles(files: readonly string[]): Promise<void> {
    const { asOf } = get();
    try {
      const changed = await client.listChangedDeals({ files: [...files], asOf });
      if (get().asOf !== asOf) return;
      const touched = new Set(files);
      const fileOf = (id: string) => `deals/${id}.json`;
      set((s) => {
        let deals = s.deals.filter((deal) => !touched.has(fileOf(deal.id)));
        for (const summary of changed.deals) deals = upsertDeal(deals, summary);
        const problems = [...s.problems.filter((problem) => !touched.has(problem.file)), ...changed.problems];
        return { ...s, deals, problems };
      });
    } catch (error) {
      set((s) => ({ ...s, loadError: errorMessage(error) }));
    }
  }

  let listedWith = { asOf: get().asOf, settings: get().settings };
  container.subscribe(() => {
    const { asOf, settings, loading, workspace } = get();
    if (asOf === listedWith.asOf && settings === listedWith.settings) return;
    listedWith = { asOf, settings };
    if (!loading && workspace !== null) void relist();
  });

  const whatIf = createWhatIfActions(container, { edit, openDeal });
  const outside = createOutsideChanges(client, container, savers, { relist, relistFiles, show });
  let watching = false;
  const settingsActions = createSettingsActions(client, container, options.language);
  const reviews = createReviewStore(client, container, {
    flushDeals: () => savers.flushAll(),
    coachingDelayMs: options.autosaveDelayMs,
    refreshDelayMs: options.autosaveDelayMs,
    language: options.language,
  });

  return {
    getState: get,
    subscribe: container.subscribe,
    /** The pipeline reviews: their own state, read with the workspace. */
    reviews,
    ...createPaneActions(container, options.storage),
    ...settingsActions,
    ...whatIf,
    ...createViewActions(container, openDeal),
    ...createExportActions(client),
    ...createImportActions(client),
    ...createTeamActions(client),
    edit,
    undo: () => step(undo),
    redo: () => step(redo),

    /** Reads the workspace and opens the last deal of the previous session, or the first one. */
    async load(): Promise<void> {
      set((s) => ({ ...s, loading: true, loadError: null }));
      try {
        // The host qualifies the listing with the workspace's settings, so the list need not wait for them.
        const [, listing] = await Promise.all([settingsActions.loadSettings(), listWithProgress(get().asOf)]);
        set((s) => ({
          ...s,
          loading: false,
          listingProgress: null,
          workspace: listing.workspace,
          deals: listing.deals,
          problems: listing.problems,
        }));
        void reviews.load();
        if (!watching) {
          watching = true;
          client.onWorkspaceChanged((change) => void outside.changed(change.files));
        }
        const lastId = options.storage?.getItem(LAST_DEAL_KEY);
        const open = get().deal;
        const fresh = open ? listing.deals.find((d) => d.id === open.id) : undefined;
        if (open && fresh) return;
        const first = listing.deals.find((d) => d.id === lastId) ?? listing.deals[0];
        if (first) await openDeal(first.id);
        else show(null);
      } catch (error) {
        set((s) => ({ ...s, loading: false, loadError: errorMessage(error) }));
      }
    },

    openDeal,
    fetchDeal,
    keepMyVersion: outside.keepMine,
    takeVersionOnDisk: outside.takeTheirs,

    /** Creates the deal file; a failure (say, a duplicate name) is thrown to the form. */
    async createDeal(name: string, account: string): Promise<void> {
      const deal = await client.createDeal({ name, account });
      set((s) => ({ ...s, deals: upsertDeal(s.deals, summaryOf(deal, s.asOf, s.settings)) }));
      show(deal);
    },

    /**
     * Lets go of the open deal without writing it (its edits were flushed first), so the next load
     * reopens it fresh from disk, or another deal when an import's undo removed it.
     */
    releaseOpenDeal(): void {
      whatIf.dropSimulation();
      const open = get().deal;
      if (open) savers.forget(open.id);
      set((s) => ({ ...s, deal: null }));
    },

    /** Deletes the open deal once its pending save has answered, so the revision is current. */
    async deleteOpenDeal(): Promise<void> {
      whatIf.dropSimulation();
      const open = get().deal;
      if (!open) return;
      await savers.existing(open.id)?.flush();
      const revision = get().deal?.revision ?? open.revision;
      await client.deleteDeal({ id: open.id, revision });
      savers.forget(open.id);
      const listed = get().deals;
      const at = listed.findIndex((d) => d.id === open.id);
      const deals = listed.filter((d) => d.id !== open.id);
      set((s) => ({ ...s, deal: null, deals }));
      // The deal that moves up into the deleted one's row, or the one above at the end of the list.
      const next = deals[Math.min(Math.max(at, 0), deals.length - 1)];
      if (next) await openDeal(next.id);
      else show(null);
    },

    /** Replaces the working copy with the file, after a conflict. */
    async reloadDeal(): Promise<void> {
      whatIf.dropSimulation();
      const open = get().deal;
      if (!open) return;
      try {
        const deal = await client.getDeal({ id: open.id });
        savers.forget(open.id);
        set((s) => ({ ...s, deal: null, deals: upsertDeal(s.deals, summaryOf(deal, s.asOf, s.settings)) }));
        show(deal);
      } catch (error) {
        set((s) => ({
          ...s,
          saveStatus: { kind: 'failed', message: errorMessage(error), conflict: true },
        }));
      }
    },

    /** Saves every pending edit at once: the window is being closed, reloaded or hidden. */
    flushPendingSaves(): Promise<void> {
      return Promise.all([savers.flushAll(), reviews.flushCoaching()]).then(() => undefined);
    },

    /** Some deal edit or coaching is not on disk yet: waiting, in flight, refused or invalid. */
    hasUnsavedChanges: (): boolean => savers.unsavedDeals().length > 0 || reviews.hasUnsavedCoaching(),
    unsavedDeals: (): Deal[] => savers.unsavedDeals(),
    /** Every piece of work not on disk (deal working copies, coaching as typed): a new object once edited again. */
    unsavedWork: (): readonly object[] => [...savers.unsavedDeals(), ...reviews.unsavedCoaching().map((draft) => draft.coaching)],
    /** Saves until every deal edit and all coaching is on disk (true) or one cannot be saved (false). */
    async saveEverything(): Promise<boolean> {
      const [deals, coaching] = await Promise.all([savers.saveEverything(), reviews.saveAllCoaching()]);
      return deals && coaching;
    },

    /**
     * After saveEverything failed: opens a deal whose edits are not on disk, so its "Save failed"
     * is what the user sees, or else one whose coaching is not, in the deal view where its coaching
     * says so. The open deal stays when it is one of them.
     */
    revealUnsavedDeal(): void {
      const unsaved = [...savers.unsavedDeals().map((deal) => deal.id), ...reviews.unsavedCoaching().map((draft) => draft.dealId)];
      const openId = get().deal?.id;
      const target = unsaved.some((id) => id === openId) ? openId : unsaved[0];
      if (target === undefined) return;
      const toDealView = () => {
        if (savers.unsavedDeals().length === 0) set((s) => (s.view === 'deals' ? s : { ...s, view: 'deals' }));
      };
      // A deal with unsaved edits opens from its working copy at once; one with unsaved coaching is fetched.
      const working = savers.unsavedDeals().find((deal) => deal.id === target);
      if (target === openId) toDealView();
      else if (working) {
        show(working);
        toDealView();
      } else void openDeal(target).then(toDealView);
    },

    retrySave(): Promise<void> {
      const open = get().deal;
      return open ? savers.saverFor(open.id).flush() : Promise.resolve();
    },

    /**
     * Adds a stakeholder, at `position` or where the map has room, and opens its editor with the
     * name ready to type.
     */
    addStakeholder(fields: StakeholderPatch = {}, position?: Position): void {
      let added: string | null = null;
      edit((deal) => {
        const result = addStakeholder(deal, fields);
        const id = result.stakeholderId;
        added = id;
        return position ? moveStakeholders(result.deal, { [id]: position }) : result.deal;
      });
      if (added) set((s) => ({ ...s, selection: { stakeholderId: added, gapId: null, isNew: true } }));
    },

    selectStakeholder(stakeholderId: string | null): void {
      set((s) =>
        s.selection.stakeholderId === stakeholderId
          ? s
          : { ...s, selection: { stakeholderId, gapId: s.selection.gapId } },
      );
    },

    /** Selecting the selected gap again clears the highlight. */
    toggleGap(gapId: string): void {
      set((s) => ({
        ...s,
        selection: { ...s.selection, gapId: s.selection.gapId === gapId ? null : gapId },
      }));
    },

    clearSelection(): void {
      set((s) => (s.selection === NO_SELECTION ? s : { ...s, selection: NO_SELECTION }));
    },

    requestFit(): void {
      set((s) => ({ ...s, fitRequest: s.fitRequest + 1 }));
    },

    /** A window left open overnight reviews its deals as of the new day, not the day it opened. */
    refreshReviewDate(): void {
      const today = options.today?.();
      if (today !== undefined && today !== get().asOf) set((s) => ({ ...s, asOf: today }));
    },
  };
}
