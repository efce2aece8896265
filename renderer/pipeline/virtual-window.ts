// A small row virtualizer: which rows of a fixed-height list to render for a scroll position.
import { FALLBACK_VIEWPORT, useScrollViewport } from '../components/use-scroll-viewport';

export interface VirtualWindow {
  /** First rendered row (inclusive). */
  readonly start: number;
  /** Last rendered row (exclusive). */
  readonly end: number;
  /** Height of the space standing in for the rows above `start`. */
  readonly before: number;
  /** Height of the space standing in for the rows from `end` on. */
  readonly after: number;
}

export interface WindowInput {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly count: number;
  /** Extra rows rendered above and below, so a fast scroll shows no blank band. */
  readonly overscan: number;
}

export function virtualWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.max(start, Math.min(count, first + visible + overscan));
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}


/**
 * The rendered window of a fixed-height list in the scroll container `ref` is put on; the
 * container's `onScroll` must be the one returned. `scrollToRow` brings a row into view.
 */
export function useVirtualRows<T extends HTMLElement>(count: number, rowHeight: number, overscan = 10) {
  const { ref, scrollTop, setScrollTop, viewportHeight, onScroll } = useScrollViewport<T>();

  /** Scrolls as little as needed; `headerHeight` is the sticky header covering the top of the view. */
  const scrollToRow = (index: number, headerHeight: number) => {
    const element = ref.current;
    if (!element) return;
    const top = index * rowHeight;
    const viewport = (element.clientHeight || FALLBACK_VIEWPORT) - headerHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + viewport) element.scrollTop = top + rowHeight - viewport;
    setScrollTop(element.scrollTop);
  };

  return { ref, onScroll, scrollToRow, ...virtualWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }) };
}
