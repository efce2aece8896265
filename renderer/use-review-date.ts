// Keeps the review date on today: staleness is judged as of the day the user looks, not the day the app opened.
import { useEffect } from 'react';
import type { AppStore } from './state/app-store';

/** Midnight passes unannounced; a minute late is soon enough for a date. */
const CHECK_EVERY_MS = 60_000;

export function useReviewDate(store: AppStore): void {
  useEffect(() => {
    const refresh = () => store.refreshReviewDate();
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(refresh, CHECK_EVERY_MS);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [store]);
}
