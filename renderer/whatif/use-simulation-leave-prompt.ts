// In a browser, a reload or a closed tab while simulating asks first: the simulation would be lost.
import { useEffect } from 'react';
import type { AppStore } from '../state/app-store';

/**
 * Only in a browser, where the user answers the browser's own "Leave site?". In the desktop app a
 * held close is never asked about, so closing there drops the simulation, which was never saved.
 * The leave guard is left alone: a simulation is not unsaved work that a close should save.
 */
export function useSimulationLeavePrompt(store: Pick<AppStore, 'getState'>): void {
  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (window.dealmap !== undefined || store.getState().whatIf === null) return;
      event.preventDefault();
      // Older Chromium asks only when returnValue is set as well.
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}
