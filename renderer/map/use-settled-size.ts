// An element's size read after the browser's own layout, never by forcing one: the map opens fitted without a synchronous layout of the page.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface SettledSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of `ref`'s parent, or null until known. A ResizeObserver reports it after layout and
 * before the first paint, and the update is flushed there, so what depends on it paints in the
 * same frame. Where nothing is reported (no layout engine, a hidden pane), a frame later the size
 * is read as it is.
 */
export function useSettledSize(ref: RefObject<HTMLElement | null>): SettledSize | null {
  const [size, setSize] = useState<SettledSize | null>(null);
  useLayoutEffect(() => {
    const element = ref.current?.parentElement;
    if (!element) return;
    let settled = false;
    // Read after layout (in the observer, or a frame later): the layout is clean, so reading costs nothing.
    const settle = () => {
      if (settled) return;
      settled = true;
      const read = { width: element.clientWidth, height: element.clientHeight };
      flushSync(() => setSize(read));
    };
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(settle);
    observer?.observe(element);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(settle, 0);
    });
    return () => {
      settled = true;
      observer?.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ref]);
  return size;
}
