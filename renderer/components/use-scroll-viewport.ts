// A scroll container's position and height, for the virtualized lists that render only what is in view.
import { useEffect, useRef, useState, type UIEvent } from 'react';

/** Before layout (and in test DOMs without one) the viewport is taken to be this tall. */
export const FALLBACK_VIEWPORT = 600;

/** Put `ref` on the scroll container and `onScroll` on its scroll event. */
export function useScrollViewport<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(FALLBACK_VIEWPORT);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight || FALLBACK_VIEWPORT));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = (event: UIEvent<T>) => setScrollTop(event.currentTarget.scrollTop);
  return { ref, scrollTop, setScrollTop, viewportHeight, onScroll };
}
