// The deal list's rendered window: fixed-height rows, only the open deal's row taller by its actions.
import { FALLBACK_VIEWPORT, useScrollViewport } from '../components/use-scroll-viewport';
import { virtualWindow, type VirtualWindow } from '../pipeline/virtual-window';

/** A closed row with the gap under it, in px: deal-list.css gives .deal-row 82px and .deal-item a 2px margin. */
export const DEAL_ROW_HEIGHT = 84;
/** The Rename and Delete buttons under the open deal (.deal-actions in deal-list.css). */
export const OPEN_DEAL_EXTRA = 34;
/** Rows rendered above and below the view, so a fast scroll or a Tab past the edge finds them there. */
const OVERSCAN = 8;

export type ScrollAlign = 'nearest' | 'center';

/** `openIndex` is the open deal's row, -1 when it is not in the list. */
export function dealListWindow(scrollTop: number, viewportHeight: number, count: number, openIndex: number): VirtualWindow {
  const window = virtualWindow({ scrollTop, viewportHeight, rowHeight: DEAL_ROW_HEIGHT, count, overscan: OVERSCAN });
  // The open row's extra height shifts the rows under it by less than one row: the overscan covers that.
  const openAbove = openIndex >= 0 && openIndex < window.start;
  const openBelow = openIndex >= window.end && openIndex < count;
  return {
    ...window,
    before: window.before + (openAbove ? OPEN_DEAL_EXTRA : 0),
    after: window.after + (openBelow ? OPEN_DEAL_EXTRA : 0),
  };
}

/** Where row `index` starts and ends in the list. */
export function dealRowBounds(index: number, openIndex: number): { top: number; bottom: number } {
  const top = index * DEAL_ROW_HEIGHT + (openIndex >= 0 && index > openIndex ? OPEN_DEAL_EXTRA : 0);
  return { top, bottom: top + DEAL_ROW_HEIGHT + (index === openIndex ? OPEN_DEAL_EXTRA : 0) };
}

/** The scroll position that shows row `index`: unchanged when it is in view already. */
export function scrollTopFor(index: number, openIndex: number, scrollTop: number, viewportHeight: number, align: ScrollAlign): number {
  const { top, bottom } = dealRowBounds(index, openIndex);
  if (top >= scrollTop && bottom <= scrollTop + viewportHeight) return scrollTop;
  if (align === 'center') return Math.max(0, Math.round(top - (viewportHeight - (bottom - top)) / 2));
  return top < scrollTop ? top : bottom - viewportHeight;
}

/**
 * The window of the list in the scroll container `ref` is put on, whose `onScroll` and `onFocus` must
 * be `onScroll` and `syncScroll`; `scrollToDeal` brings a row into view.
 */
export function useDealListWindow<T extends HTMLElement>(count: number, openIndex: number) {
  const { ref, scrollTop, setScrollTop, viewportHeight, onScroll } = useScrollViewport<T>();
  /** For the container's `onFocus`: focus scrolls at once, its scroll event comes a frame later, after a fast Tab. */
  const syncScroll = () => {
    if (ref.current) setScrollTop(ref.current.scrollTop);
  };

  const scrollToDeal = (index: number, align: ScrollAlign) => {
    const element = ref.current;
    if (!element || index < 0 || index >= count) return;
    const viewport = element.clientHeight || FALLBACK_VIEWPORT;
    element.scrollTop = scrollTopFor(index, openIndex, element.scrollTop, viewport, align);
    setScrollTop(element.scrollTop);
  };

  return { ref, onScroll, syncScroll, scrollToDeal, ...dealListWindow(scrollTop, viewportHeight, count, openIndex) };
}
