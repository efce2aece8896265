// The store's view actions: switch between the deal view and the pipeline, open a deal from the pipeline.
import type { GapCode } from '../../shared/engine/types';
import type { AppState, AppView } from './app-state';
import { qualificationOf } from './qualification';
import type { StateContainer } from './state-container';

/** Where the keyboard should land once the deal view shows a deal opened from the pipeline. */
export interface FocusRequest {
  readonly dealId: string;
  /** The gap code selected with it (a heatmap cell); null for the deal alone (a table row). */
  readonly gapId: string | null;
}

function firstGapOf(state: AppState, dealId: string, code: GapCode): string | undefined {
  if (state.deal?.id !== dealId) return undefined;
  return qualificationOf(state.deal, state.asOf, state.settings).gaps.find((gap) => gap.code === code)?.id;
}

export function createViewActions(
  { get, set }: Pick<StateContainer<AppState>, 'get' | 'set'>,
  openDeal: (id: string) => Promise<void>,
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
    openDealInMap(id: string, gapCode: GapCode | null = null): Promise<void> {
      focusRequest = { dealId: id, gapId: gapCode };
      // A simulation asks first, in the deal view; otherwise the view switches once the deal is there.
      if (get().whatIf) set((s) => ({ ...s, view: 'deals' }));
      return openDeal(id).then(() => {
        // The deal's first gap of that code, once the deal itself is there to qualify.
        const gapId = gapCode === null ? null : (firstGapOf(get(), id, gapCode) ?? null);
        set((s) => ({ ...s, view: 'deals', selection: gapId !== null ? { stakeholderId: null, gapId } : s.selection }));
      });
    },

    /** The focus the last openDealInMap asked for, handed out once (then null). */
    takeFocusRequest(): FocusRequest | null {
      const request = focusRequest;
      focusRequest = null;
      return request;
    },
  };
}
