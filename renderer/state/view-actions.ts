// The store's view actions: switch between the deal view and the pipeline, open a deal from the pipeline.
import type { AppState, AppView } from './app-state';
import type { StateContainer } from './state-container';

/** Where the keyboard should land once the deal view shows a deal opened from the pipeline. */
export interface FocusRequest {
  readonly dealId: string;
  /** The gap selected with it (a heatmap cell); null for the deal alone (a table row). */
  readonly gapId: string | null;
}

export function createViewActions(
  { set }: Pick<StateContainer<AppState>, 'set'>,
  openDeal: (id: string) => void,
) {
  // Not state: nothing renders from it; the deal view takes it once, when it shows.
  let focusRequest: FocusRequest | null = null;
  return {
    showView(view: AppView): void {
      focusRequest = null;
      set((s) => (s.view === view ? s : { ...s, view }));
    },

    /**
     * From the pipeline: shows the deal in the map view, with the given gap selected. A simulation
     * in progress asks first (openDeal), so the gap is selected only once that deal is open.
     */
    openDealInMap(id: string, gapId: string | null = null): void {
      focusRequest = { dealId: id, gapId };
      openDeal(id);
      set((s) => ({
        ...s,
        view: 'deals',
        selection: gapId !== null && s.deal?.id === id ? { stakeholderId: null, gapId } : s.selection,
      }));
    },

    /** The focus the last openDealInMap asked for, handed out once (then null). */
    takeFocusRequest(): FocusRequest | null {
      const request = focusRequest;
      focusRequest = null;
      return request;
    },
  };
}
