// The deal list's rendered window: the page's one virtualizer, and the open deal revealed when it is opened.
import { useRef } from 'react';
import { useMeasuredRows } from '../components/use-measured-rows';

/** A first guess at a row's height, until the row is rendered and measured. */
export const ESTIMATED_ROW = 80;
/** Rows rendered above and below the view, so a fast scroll or a Tab past the edge finds them there. */
const OVERSCAN = 8;

export type ScrollAlign = 'nearest' | 'center';

interface ListView {
  readonly measurementsCache: readonly { readonly start: number; readonly end: number }[];
  readonly scrollOffset: number | null;
  readonly scrollRect: { readonly height: number } | null;
}

/**
 * True when row `index` is whole in the view, by the sizes and scroll the virtualizer last saw.
 * Its own getOffsetForIndex reads the list's scrollHeight, a synchronous layout of the whole page
 * right after a deal's map was written to it (issue 10: opening a deal forces no layout).
 */
function wholeInView(view: ListView, index: number): boolean {
  const row = view.measurementsCache[index];
  const top = view.scrollOffset ?? 0;
  return row !== undefined && view.scrollRect !== null && row.start >= top && row.end <= top + view.scrollRect.height;
}

/**
 * The window of the list in the scroll container `ref` is put on, whose `onFocus` must be
 * `syncScroll`; `measureRow` goes on each rendered row, `scrollToDeal` brings a row into view.
 */
export function useDealListWindow<T extends HTMLElement>(count: number, keyOf: (index: number) => string) {
  // The row opened in view may grow (its actions) once measured: then it is brought whole into view.
  const revealOnGrowth = useRef<{ readonly index: number; readonly size: number | undefined } | null>(null);
  const { ref, virtualizer, syncScroll, measureRow, rows, before, after } = useMeasuredRows<T>({
    count,
    keyOf,
    estimatedRow: ESTIMATED_ROW,
    overscan: OVERSCAN,
    onChange: (instance) => {
      const pending = revealOnGrowth.current;
      if (pending === null) return;
      const fits = wholeInView(instance, pending.index);
      if (instance.measurementsCache[pending.index]?.size === pending.size) return;
      revealOnGrowth.current = null;
      if (!fits) instance.scrollToIndex(pending.index, { align: 'auto' });
    },
  });

  /** True when row `index` is whole in the view, by the sizes the virtualizer has measured: no layout is read. */
  const inView = (index: number): boolean => wholeInView(virtualizer, index);

  const scrollToDeal = (index: number, align: ScrollAlign) => {
    if (index < 0 || index >= count) return;
    revealOnGrowth.current = null;
    if (align === 'nearest' && inView(index)) {
      revealOnGrowth.current = { index, size: virtualizer.measurementsCache[index]?.size };
      return;
    }
    virtualizer.scrollToIndex(index, { align: align === 'nearest' ? 'auto' : 'center' });
    syncScroll();
  };

  return { ref, syncScroll, scrollToDeal, measureRow, rows, before, after };
}
