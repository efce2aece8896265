// The scrolling list of deals: only the rows in view are rendered, so a workspace of 5,000 deals opens at once.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { DealSummary } from '../../shared/pipeline/deal-summary';
import { DealListItem } from './deal-list-item';
import { useDealListWindow } from './deal-list-window';
import { focusOpenedDeal } from './use-opened-deal-focus';
import type { FocusRequest } from '../state/view-actions';
import { useT } from '../i18n/use-t';

interface DealListProps {
  readonly deals: readonly DealSummary[];
  /** The deal search's text: a new search starts the list from its top. */
  readonly searchText?: string;
  /** The workspace's first listing is under way: an empty list is not yet an empty workspace. */
  readonly opening?: boolean;
  /** The store's takeFocusRequest: a deal opened from the pipeline puts the focus on its row here. */
  readonly takeFocusRequest?: () => FocusRequest | null;
  readonly openDealId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onRename: () => void;
  readonly onDelete: () => void;
}

/** How many rows PageUp and PageDown move. */
const PAGE = 6;
/** The list's own padding under the last row (.deal-list in deal-list.css). */
const LIST_END_PADDING = 8;

export function DealList({ deals, searchText = '', opening = false, takeFocusRequest, openDealId, onOpen, onRename, onDelete }: DealListProps) {
  const t = useT();
  const openIndex = openDealId === null ? -1 : deals.findIndex((deal) => deal.id === openDealId);
  const { ref, syncScroll, scrollToDeal, measureRow, rows, before, after } = useDealListWindow<HTMLDivElement>(deals.length, (index) => deals[index]?.id ?? String(index));
  const focusTarget = useRef<number | null>(null);
  const shownOnce = useRef(false);
  const searched = useRef(searchText);

  // The open deal is in view: in the middle when the list opens (from the pipeline, say), else scrolled to.
  // A new search shows its first matches instead; clearing it comes back to the open deal.
  useLayoutEffect(() => {
    if (searched.current !== searchText) {
      searched.current = searchText;
      if (searchText.trim() === '') scrollToDeal(openIndex, 'center');
      else scrollToDeal(0, 'nearest');
      return;
    }
    scrollToDeal(openIndex, shownOnce.current ? 'nearest' : 'center');
    shownOnce.current = true;
    // Only a newly opened deal, or the open deal moving in the list, scrolls; the user's scrolling stays.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openDealId, openIndex, searchText]);

  const focusRow = (index: number): boolean => {
    const row = ref.current?.querySelector<HTMLElement>(`li[aria-posinset="${index + 1}"] .deal-row`);
    row?.focus({ preventScroll: true });
    return row !== null && row !== undefined;
  };

  // As the list shows: a deal opened from the pipeline. Before the effect under it, which focuses the
  // row once it is rendered.
  useEffect(() => {
    focusOpenedDeal(takeFocusRequest?.() ?? null, openDealId, () => {
      if (openIndex >= 0 && !focusRow(openIndex)) focusTarget.current = openIndex;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The row the keyboard moved to may only now be rendered: focus it once it is.
  useEffect(() => {
    if (focusTarget.current !== null && focusRow(focusTarget.current)) focusTarget.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const item = event.target instanceof Element ? event.target.closest('li[aria-posinset]') : null;
    if (!item) return;
    const current = Number(item.getAttribute('aria-posinset')) - 1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + PAGE,
      PageUp: current - PAGE,
      Home: 0,
      End: deals.length - 1,
    };
    const wanted = moves[event.key];
    if (wanted === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(deals.length - 1, wanted));
    scrollToDeal(target, 'nearest');
    focusTarget.current = focusRow(target) ? null : target;
  };

  return (
    <div className="deal-list-scroll" ref={ref} onFocus={syncScroll}>
      <ul
        className="deal-list"
        aria-label={t('deals.heading')}
        style={{ paddingTop: before, paddingBottom: after + LIST_END_PADDING }}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          const deal = deals[row.index];
          return deal === undefined ? null : (
          <DealListItem
            key={deal.id}
            measureRef={measureRow}
            index={row.index}
            deal={deal}
            position={row.index + 1}
            setSize={deals.length}
            open={deal.id === openDealId}
            onOpen={onOpen}
            onRename={onRename}
            onDelete={onDelete}
          />
          );
        })}
      </ul>
      {deals.length === 0 && !opening && (
        <p className="empty-note">{searchText.trim() === '' ? t('deals.empty') : t('deals.no-match-named', { text: searchText.trim() })}</p>
      )}
    </div>
  );
}
