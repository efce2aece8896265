// The renderer's one state shape: the workspace listing, the open deal and what is selected.
import type { MessageRef } from '../../shared/i18n';
import type { DealFileProblem } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
import { summarizeDeal, type DealSummary } from '../../shared/pipeline/deal-summary';
import type { EngineSettings } from '../../shared/settings/engine-settings';
import { qualificationOf } from './qualification';
import type { SaveStatus } from './autosave';
import { EMPTY_HISTORY, type DealHistory } from './deal-history';
import { defaultPaneLayout, type PaneLayout } from './pane-layout';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettings } from '../../shared/settings/workspace-settings';
import type { WhatIfSession } from './what-if';

export interface Selection {
  /** The stakeholder whose editor the side panel shows. */
  readonly stakeholderId: string | null;
  /** The gap whose stakeholders and influence path the map highlights. */
  readonly gapId: string | null;
  /** The stakeholder was just added: the editor puts the cursor in the name, ready to type. */
  readonly isNew?: boolean;
}

export interface AppState {
  /** The review date every qualification uses: today on the user's calendar. */
  readonly asOf: string;
  readonly workspace: string | null;
  /** The deals' summaries as last listed or saved; the open one is shown from `deal` instead. */
  readonly deals: readonly DealSummary[];
  /** Files of the workspace that could not be read; never written to. */
  readonly problems: readonly DealFileProblem[];
  readonly loading: boolean;
  /** Files read so far by a cold listing (no index yet), for the progress bar; null otherwise. */
  readonly listingProgress: { readonly done: number; readonly total: number } | null;
  readonly loadError: string | null;
  /** The open deal's working copy, ahead of the file while a save is pending. */
  readonly deal: Deal | null;
  readonly history: DealHistory;
  readonly saveStatus: SaveStatus;
  readonly selection: Selection;
  /** Bumped when the map should fit the whole deal into view (deal opened, auto layout). */
  readonly fitRequest: number;
  /** The window is at most 1100 px wide (NARROW_WINDOW_QUERY); each width keeps its own pane layout. */
  readonly narrowWindow: boolean;
  readonly panes: PaneLayout;
  /** The workspace settings every qualification and scorecard uses; the defaults until read. */
  readonly settings: WorkspaceSettings;
  /** Why settings.json could not be read (file, field, reason); the defaults apply meanwhile. */
  readonly settingsProblem: string | null;
  /** Which top-level view shows: the deal view (list, map, panel) or the pipeline review. */
  readonly view: AppView;
  /** Set while simulating: `deal` is then a scratch copy and the saved deal waits here. */
  readonly whatIf: WhatIfSession | null;
  /** Says that a simulation was dropped because another deal replaced it on screen. */
  readonly whatIfNotice: MessageRef | null;
  /** The open deal changed on disk while it had unsaved edits: both versions, until the user chooses. */
  readonly outsideChange: OutsideChange | null;
}

/** Someone else's version of the open deal, found on disk while the user's edits were not saved yet. */
export interface OutsideChange {
  readonly dealId: string;
  /** The deal as the file now holds it. */
  readonly onDisk: Deal | null;
}

/** The top-level switch: one deal's map and panels, or the pipeline review of every deal. */
export type AppView = 'deals' | 'pipeline';

export const NO_SELECTION: Selection = { stakeholderId: null, gapId: null };

export function initialAppState(asOf: string, narrowWindow = false, panes = defaultPaneLayout(narrowWindow)): AppState {
  return {
    asOf,
    workspace: null,
    deals: [],
    problems: [],
    loading: true,
    listingProgress: null,
    loadError: null,
    deal: null,
    history: EMPTY_HISTORY,
    saveStatus: { kind: 'saved' },
    selection: NO_SELECTION,
    fitRequest: 0,
    narrowWindow,
    panes,
    settings: DEFAULT_WORKSPACE_SETTINGS,
    settingsProblem: null,
    view: 'deals',
    whatIf: null,
    whatIfNotice: null,
    outsideChange: null,
  };
}

const summaries = new WeakMap<Deal, { readonly asOf: string; readonly settings: EngineSettings; readonly summary: DealSummary }>();

/** A full deal's summary, as the listing would send it: qualified with the same review date and settings as every pane. */
export function summaryOf(deal: Deal, asOf: string, settings: EngineSettings): DealSummary {
  const hit = summaries.get(deal);
  if (hit && hit.asOf === asOf && hit.settings === settings) return hit.summary;
  const summary = summarizeDeal(deal, qualificationOf(deal, asOf, settings));
  summaries.set(deal, { asOf, settings, summary });
  return summary;
}

type ListedState = Pick<AppState, 'deals' | 'deal' | 'asOf' | 'settings'> & { readonly whatIf?: WhatIfSession | null };

/** The deal list as the user sees it: the open deal with its unsaved edits, never a what-if scratch copy. */
export function visibleDeals(state: ListedState): readonly DealSummary[] {
  const open = state.whatIf?.saved ?? state.deal;
  if (!open) return state.deals;
  const shown = summaryOf(open, state.asOf, state.settings);
  return state.deals.map((deal) => (deal.id === open.id ? shown : deal));
}

// One collator for every comparison: String.localeCompare builds one per call, too slow for 50,000 deals.
const collator = new Intl.Collator('en');
const byNameThenId = (a: DealSummary, b: DealSummary) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Replaces a listed deal in place (no jumping rows while renaming); a new one is inserted where its name sorts. */
export function upsertDeal(deals: readonly DealSummary[], deal: DealSummary): DealSummary[] {
  const at = deals.findIndex((d) => d.id === deal.id);
  if (at >= 0) return deals.map((d, index) => (index === at ? deal : d));
  let low = 0;
  let high = deals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byNameThenId(deals[middle] as DealSummary, deal) < 0) low = middle + 1;
    else high = middle;
  }
  return [...deals.slice(0, low), deal, ...deals.slice(low)];
}
