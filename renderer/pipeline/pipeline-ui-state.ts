// The pipeline view's own choices (tab, sort, filters, charted deal): kept while the user visits a deal.
import { useSyncExternalStore } from 'react';
import { DEFAULT_ROW_SORT, NO_ROW_FILTER, type RowFilter, type RowSort } from '../../shared/pipeline';
import type { AppStore } from '../state/app-store';
import { createStateContainer, type StateContainer } from '../state/state-container';

export type PipelineTab = 'table' | 'charts' | 'buying-center';

export interface PipelineUiState {
  readonly tab: PipelineTab;
  readonly sort: RowSort;
  readonly filter: RowFilter;
  /** The deal the buying-center matrix shows; null follows the open deal. */
  readonly matrixDealId: string | null;
  /** The currency the close-month chart shows; undefined picks the one with most deals. */
  readonly chartCurrency: string | null | undefined;
  /** The table row the keyboard is on, by position in the sorted rows. */
  readonly activeRow: number;
}

const INITIAL: PipelineUiState = {
  tab: 'table',
  sort: DEFAULT_ROW_SORT,
  filter: NO_ROW_FILTER,
  matrixDealId: null,
  chartCurrency: undefined,
  activeRow: 0,
};

// One per app store: it outlives the pipeline view's unmount (a visit to a deal), not the store.
const containers = new WeakMap<AppStore, StateContainer<PipelineUiState>>();

export function pipelineUiOf(store: AppStore): StateContainer<PipelineUiState> {
  let container = containers.get(store);
  if (!container) {
    container = createStateContainer(INITIAL);
    containers.set(store, container);
  }
  return container;
}

export function usePipelineUi(store: AppStore): [PipelineUiState, (change: Partial<PipelineUiState>) => void] {
  const container = pipelineUiOf(store);
  const state = useSyncExternalStore(container.subscribe, container.get);
  return [state, (change) => container.set((s) => ({ ...s, ...change }))];
}
