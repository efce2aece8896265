// The store's view actions: switch between the deal view and the pipeline, open a deal from the pipeline.
import type { AppState, AppView } from './app-state';
import type { StateContainer } from './state-container';

export function createViewActions(
  { set }: Pick<StateContainer<AppState>, 'set'>,
  openDeal: (id: string) => void,
) {
  return {
    showView(view: AppView): void {
      set((s) => (s.view === view ? s : { ...s, view }));
    },

    /**
     * From the pipeline: shows the deal in the map view, with the given gap selected. A simulation
     * in progress asks first (openDeal), so the gap is selected only once that deal is open.
     */
    openDealInMap(id: string, gapId: string | null = null): void {
      openDeal(id);
      set((s) => ({
        ...s,
        view: 'deals',
        selection: gapId !== null && s.deal?.id === id ? { stakeholderId: null, gapId } : s.selection,
      }));
    },
  };
}
