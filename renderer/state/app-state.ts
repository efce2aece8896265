// The renderer's one state shape: the workspace listing, the open deal and what is selected.
import type { DealFileProblem } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
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
  /** The deals as last read or saved; the open one is shown from `deal` instead. */
  readonly deals: readonly Deal[];
  /** Files of the workspace that could not be read; never written to. */
  readonly problems: readonly DealFileProblem[];
  readonly loading: boolean;
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
  readonly whatIfNotice: string | null;
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
  };
}

/** The deal list as the user sees it: the open deal with its unsaved edits, never a what-if scratch copy. */
export function visibleDeals(
  state: Pick<AppState, 'deals' | 'deal'> & { readonly whatIf?: WhatIfSession | null },
): readonly Deal[] {
  const open = state.whatIf?.saved ?? state.deal;
  if (!open) return state.deals;
  return state.deals.map((deal) => (deal.id === open.id ? open : deal));
}

/** Replaces a listed deal in place (no jumping rows while renaming); a new one is sorted in. */
export function upsertDeal(deals: readonly Deal[], deal: Deal): Deal[] {
  if (deals.some((d) => d.id === deal.id)) return deals.map((d) => (d.id === deal.id ? deal : d));
  return [...deals, deal].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
