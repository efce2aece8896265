// Tells the user a simulation was dropped because another deal took its place on screen.
import { useAppState, useAppStore } from '../state/store-context';
import { MessageText } from '../i18n/message-text';
import { useT } from '../i18n/use-t';

export function SimulationNotice() {
  const store = useAppStore();
  const notice = useAppState((s) => s.whatIfNotice);
  const t = useT();
  if (!notice) return null;
  return (
    <div className="what-if-notice" aria-live="polite">
      <span>
        <MessageText message={notice} />
      </span>
      <button type="button" className="button button-small button-quiet" onClick={() => store.dismissWhatIfNotice()}>
        {t('whatif.dismiss')}
      </button>
    </div>
  );
}
