// Keyboard focus for a deal opened from the pipeline: its selected gap, its row in the list, or its title.
import type { FocusRequest } from '../state/view-actions';

/** The side panel's selected gap (gap-list.tsx marks it pressed); false when the panel does not show it. */
function focusSelectedGap(): boolean {
  const gap = document.querySelector<HTMLElement>('[aria-label="Deal panel"] .gap-item[aria-pressed="true"]');
  gap?.focus();
  return gap !== null && document.activeElement === gap;
}

/** The deal's name over the map (map-toolbar.tsx), made focusable from script only, as a page title is. */
function focusDealTitle(): void {
  const title = document.querySelector<HTMLElement>('.deal-title');
  if (!title) return;
  if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
  title.focus();
}

/**
 * For the deal view as it shows, with the store's takeFocusRequest(): without it, focus would fall to
 * the page after Enter on a pipeline row or heatmap cell, whose element is gone. The selected gap
 * first, else the open deal's row (`focusRow`, when the list shows), else the deal's title.
 */
export function focusOpenedDeal(request: FocusRequest | null, openDealId: string | null, focusRow: (() => void) | null): void {
  // A simulation asked to be applied or discarded first: its dialog has the focus.
  if (!request || request.dealId !== openDealId) return;
  if (request.gapId !== null && focusSelectedGap()) return;
  if (focusRow) focusRow();
  else focusDealTitle();
}
