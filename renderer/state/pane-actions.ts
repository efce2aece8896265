// The store's pane actions: fold or unfold the deal list and side panel, and follow the window's width.
import type { AppState } from './app-state';
import { readPaneLayout, togglePaneIn, writePaneLayout, type Pane } from './pane-layout';
import type { StateContainer } from './state-container';

export function createPaneActions(
  { get, set }: Pick<StateContainer<AppState>, 'get' | 'set'>,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null | undefined,
) {
  return {
    /** Folds or unfolds a side pane; the choice is remembered for windows of this width. */
    togglePane(pane: Pane): void {
      const { narrowWindow, panes } = get();
      const next = togglePaneIn(panes, pane);
      writePaneLayout(storage, narrowWindow, next);
      set((s) => ({ ...s, panes: next }));
    },

    /** The window crossed 1100 px: the panes take the layout last chosen at that width. */
    setNarrowWindow(narrowWindow: boolean): void {
      if (get().narrowWindow === narrowWindow) return;
      set((s) => ({ ...s, narrowWindow, panes: readPaneLayout(storage, narrowWindow) }));
    },
  };
}
