// The one virtualizer of the page's long lists (@tanstack/react-virtual): rows measured as they render, a window of them in the DOM.
import { elementScroll, observeElementOffset, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { FALLBACK_VIEWPORT } from './use-scroll-viewport';

export type RowVirtualizer = Virtualizer<HTMLElement, Element>;

/** A row's height with its margins: the virtualizer places rows by the room each takes in the list. */
function measureWithMargins(element: Element, fallback: number): number {
  const height = element.getBoundingClientRect().height;
  if (height === 0) return fallback; // Not laid out (a hidden pane, a test DOM): keep the guess.
  const style = getComputedStyle(element);
  return height + (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
}

export interface MeasuredRowsOptions {
  readonly count: number;
  /** The row's stable key (its deal id), so a measured height follows its deal through sorting and search. */
  readonly keyOf: (index: number) => string;
  /** A first guess at a row's height, until the row is rendered and measured. */
  readonly estimatedRow: number;
  /** Rows rendered above and below the view, so a fast scroll or a Tab past the edge finds them there. */
  readonly overscan: number;
  readonly onChange?: (instance: RowVirtualizer) => void;
}

/**
 * The virtualizer of the scroll container `ref` is put on, whose `onFocus` may be `syncScroll`
 * (focus scrolls at once, its scroll event comes a frame later); `measureRow` goes on each rendered row,
 * with `data-index`; `before` and `after` are the room of the rows not rendered.
 */
export function useMeasuredRows<T extends HTMLElement>({ count, keyOf, estimatedRow, overscan, onChange }: MeasuredRowsOptions) {
  const ref = useRef<T>(null);
  const offsetListener = useRef<((offset: number, isScrolling: boolean) => void) | null>(null);
  // The page is not built with the React Compiler; the virtualizer re-renders this hook on every scroll, as it must.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: RowVirtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => ref.current,
    estimateSize: () => estimatedRow,
    overscan,
    getItemKey: keyOf,
    measureElement: (element) => measureWithMargins(element, estimatedRow),
    scrollToFn: elementScroll,
    initialRect: { width: 0, height: FALLBACK_VIEWPORT },
    // Before layout (and in test DOMs without one) the view is taken to be FALLBACK_VIEWPORT tall.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: FALLBACK_VIEWPORT })),
    observeElementOffset: (instance, onOffset) => {
      offsetListener.current = onOffset;
      return observeElementOffset(instance, onOffset);
    },
    onChange,
  });

  const syncScroll = () => {
    if (ref.current) offsetListener.current?.(ref.current.scrollTop, false);
  };

  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    ref,
    virtualizer,
    syncScroll,
    measureRow: virtualizer.measureElement,
    rows,
    before: first?.start ?? 0,
    after: last === undefined ? 0 : virtualizer.getTotalSize() - last.end,
  };
}
