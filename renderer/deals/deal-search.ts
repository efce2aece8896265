// Searching the deal list: every word in the deal's name, account or owner, case and accents aside.
import { useSyncExternalStore } from 'react';
import { searchable } from '../../shared/pipeline';
import type { DealSummary } from '../../shared/pipeline/deal-summary';
import type { AppStore } from '../state/app-store';
import { createStateContainer, type StateContainer } from '../state/state-container';

export interface DealSearchResult {
  /** The matching deals in list order, with the open deal kept in its place even when it does not match. */
  readonly deals: readonly DealSummary[];
  /** How many deals match, the open one counted only if it does. */
  readonly matches: number;
}

// Deals are immutable: each one's folded text is worked out once, not on every keystroke.
const searchTexts = new WeakMap<DealSummary, string>();

function searchTextOf(deal: DealSummary): string {
  let text = searchTexts.get(deal);
  if (text === undefined) {
    text = searchable(`${deal.name}\n${deal.account}\n${deal.owner ?? ''}`);
    searchTexts.set(deal, text);
  }
  return text;
}

/** The words searched for; none when the text is blank. */
export function searchWords(text: string): string[] {
  return searchable(text).split(/\s+/).filter((word) => word !== '');
}

export function searchDeals(deals: readonly DealSummary[], text: string, openDealId: string | null): DealSearchResult {
  const words = searchWords(text);
  if (words.length === 0) return { deals, matches: deals.length };
  let matches = 0;
  const shown = deals.filter((deal) => {
    const dealText = searchTextOf(deal);
    const match = words.every((word) => dealText.includes(word));
    if (match) matches += 1;
    return match || deal.id === openDealId;
  });
  return { deals: shown, matches };
}

// One per app store: the search outlives the deal list's unmount (a visit to the pipeline).
const searches = new WeakMap<AppStore, StateContainer<string>>();

function searchOf(store: AppStore): StateContainer<string> {
  let container = searches.get(store);
  if (!container) {
    container = createStateContainer('');
    searches.set(store, container);
  }
  return container;
}

export function useDealSearch(store: AppStore): [string, (text: string) => void] {
  const container = searchOf(store);
  const text = useSyncExternalStore(container.subscribe, container.get);
  return [text, (next) => container.set(() => next)];
}
