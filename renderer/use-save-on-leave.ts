// Sends pending edits at once when the page is hidden or goes away, instead of after the autosave pause.
import { useEffect } from 'react';
import type { AppStore } from './state/app-store';

export function useSaveOnLeave(store: AppStore): void {
  useEffect(() => {
    // Without this, an edit typed just before a reload or a closed window was never written.
    const flush = () => void store.flushPendingSaves();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
