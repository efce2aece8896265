// The banner over the map while simulating: nothing is saved, Apply or Discard, and what would change.
import { useAppState, useAppStore } from '../state/store-context';
import { useWhatIfDiff } from './use-what-if-diff';
import { endWhatIfThenFocusToggle } from './what-if-focus';
import { WhatIfDiff } from './what-if-diff';
import { useT } from '../i18n/use-t';

export function WhatIfBanner() {
  const store = useAppStore();
  const simulating = useAppState((s) => s.whatIf !== null);
  const change = useWhatIfDiff();
  const t = useT();
  if (!simulating || !change) return null;
  return (
    <section className="what-if-banner" aria-label={t('whatif.banner')}>
      <div className="what-if-banner-head">
        {/* Focusable from script only: a next action's Try brings focus here. */}
        <h2 className="what-if-banner-text what-if-banner-title" tabIndex={-1}>
          <span className="what-if-badge">{t('whatif.badge')}</span>
          {t('whatif.banner.text')}
        </h2>
        <div className="what-if-banner-buttons">
          <button type="button" className="button button-small" onClick={() => endWhatIfThenFocusToggle(() => store.discardWhatIf())}>
            {t('whatif.discard')}
          </button>
          <button type="button" className="button button-small what-if-apply" onClick={() => endWhatIfThenFocusToggle(() => store.applyWhatIf())}>
            {t('whatif.apply')}
          </button>
        </div>
      </div>
      <WhatIfDiff diff={change.diff} differences={change.differences} />
    </section>
  );
}
