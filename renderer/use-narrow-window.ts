// Tells the store when the window crosses the narrow-window width, so the panes fold or unfold with it.
import { useEffect } from 'react';
import type { AppStore } from './state/app-store';
import { NARROW_WINDOW_QUERY } from './state/pane-layout';

export function useNarrowWindow(store: AppStore): void {
  useEffect(() => {
    const query = window.matchMedia(NARROW_WINDOW_QUERY);
    const follow = () => store.setNarrowWindow(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [store]);
}
