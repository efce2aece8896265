// Tells the user a simulation was dropped because another deal took its place on screen.
import { useAppState, useAppStore } from '../state/store-context';

export function SimulationNotice() {
  const store = useAppStore();
  const notice = useAppState((s) => s.whatIfNotice);
  if (!notice) return null;
  return (
    <div className="what-if-notice" aria-live="polite">
      <span>{notice}</span>
      <button type="button" className="button button-small button-quiet" onClick={() => store.dismissWhatIfNotice()}>
        Dismiss
      </button>
    </div>
  );
}
