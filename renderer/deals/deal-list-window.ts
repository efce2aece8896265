// The deal list's rendered window, by @tanstack/react-virtual: rows measured as they render, the open deal's taller one too.
import { elementScroll, observeElementOffset, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { FALLBACK_VIEWPORT } from '../components/use-scroll-viewport';

/** A first guess at a row's height, until the row is rendered and measured. */
export const ESTIMATED_ROW = 80;
/** Rows rendered above and below the view, so a fast scroll or a Tab past the edge finds them there. */
const OVERSCAN = 8;

export type ScrollAlign = 'nearest' | 'center';

type ListVirtualizer = Virtualizer<HTMLElement, Element>;

/** A row's height with its margins: the virtualizer places rows by the room each takes in the list. */
function measureRow(element: Element): number {
  const height = element.getBoundingClientRect().height;
  if (height === 0) return ESTIMATED_ROW; // Not laid out (a hidden pane, a test DOM): keep the guess.
  const style = getComputedStyle(element);
  return height + (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
}

/**
 * The window of the list in the scroll container `ref` is put on, whose `onFocus` must be
 * `syncScroll`; `measureRow` goes on each rendered row, `scrollToDeal` brings a row into view.
 */
export function useDealListWindow<T extends HTMLElement>(count: number, keyOf: (index: number) => string) {
  const ref = useRef<T>(null);
  const offsetListener = useRef<((offset: number, isScrolling: boolean) => void) | null>(null);
  // The row opened in view may grow (its actions) once measured: then it is brought whole into view, unless the user scrolled.
  const revealOnGrowth = useRef<{ readonly index: number; readonly size: number | undefined } | null>(null);
  // The page is not built with the React Compiler; the virtualizer re-renders this hook on every scroll, as it must.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: ListVirtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => ref.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: OVERSCAN,
    getItemKey: keyOf,
    measureElement: measureRow,
    scrollToFn: elementScroll,
    initialRect: { width: 0, height: FALLBACK_VIEWPORT },
    // Before layout (and in test DOMs without one) the view is taken to be FALLBACK_VIEWPORT tall.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT })),
    onChange: (instance) => {
      const pending = revealOnGrowth.current;
      if (pending === null) return;
      const fits = instance.getOffsetForIndex(pending.index, 'auto')?.[1] === 'auto';
      if (instance.measurementsCache[pending.index]?.size === pending.size) return;
      revealOnGrowth.current = null;
      if (!fits) instance.scrollToIndex(pending.index, { align: 'auto' });
    },
    observeElementOffset: (instance, onOffset) => {
      offsetListener.current = onOffset;
      return observeElementOffset(instance, onOffset);
    },
  });

  /** For the container's `onFocus`: focus scrolls at once, its scroll event comes a frame later, after a fast Tab. */
  const syncScroll = () => {
    if (ref.current) offsetListener.current?.(ref.current.scrollTop, false);
  };

  /** True when row `index` is whole in the view, by the sizes the virtualizer has measured: no layout is read. */
  const inView = (index: number): boolean => virtualizer.getOffsetForIndex(index, 'auto')?.[1] === 'auto';

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

  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    ref,
    syncScroll,
    scrollToDeal,
    measureRow: virtualizer.measureElement,
    rows,
    before: first?.start ?? 0,
    after: last === undefined ? 0 : virtualizer.getTotalSize() - last.end,
  };
}
