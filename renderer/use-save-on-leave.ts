// Sends pending edits at once when the page is hidden or goes away, and holds the window while they are unsaved.
import { useEffect } from 'react';
import { createLeaveGuard } from './leave-guard';
import type { AppStore } from './state/app-store';

export function useSaveOnLeave(store: AppStore): void {
  useEffect(() => {
    // Without this, an edit typed just before a reload or a closed window was never written.
    const flush = () => void store.flushPendingSaves();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = createLeaveGuard(store, {
      isDesktop: () => window.dealmap !== undefined,
      closeWindow: () => window.close(),
    });
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
