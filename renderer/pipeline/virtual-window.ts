// The pipeline table's rendered window: the page's one virtualizer, and keyboard moves kept clear of the sticky header.
import { useMeasuredRows } from '../components/use-measured-rows';

/** A first guess at a row's height, until the row is rendered and measured. */
export const ESTIMATED_TABLE_ROW = 40;

/**
 * The rendered window of the table in the scroll container `ref` is put on; `measureRow` goes on
 * each rendered row, with `data-index`. `scrollToRow` brings a row into view below the header.
 */
export function useVirtualRows<T extends HTMLElement>(count: number, keyOf: (index: number) => string, overscan = 10) {
  const { ref, virtualizer, syncScroll, measureRow, rows, before, after } = useMeasuredRows<T>({
    count,
    keyOf,
    estimatedRow: ESTIMATED_TABLE_ROW,
    overscan,
  });

  /** Scrolls as little as needed; `headerHeight` is the sticky header's, in flow above the rows and covering the view's top. */
  const scrollToRow = (index: number, headerHeight: number) => {
    const element = ref.current;
    const row = virtualizer.measurementsCache[index];
    if (!element || !row) return;
    const view = virtualizer.scrollRect?.height ?? element.clientHeight;
    const top = element.scrollTop;
    if (row.start < top) element.scrollTop = row.start;
    else if (row.end + headerHeight > top + view) element.scrollTop = row.end + headerHeight - view;
    syncScroll();
  };

  const start = rows[0]?.index ?? 0;
  const end = (rows.at(-1)?.index ?? -1) + 1;
  return { ref, measureRow, rows, start, end, before, after, scrollToRow };
}
