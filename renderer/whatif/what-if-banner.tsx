// The banner over the map while simulating: nothing is saved, Apply or Discard, and what would change.
import { useAppState, useAppStore } from '../state/store-context';
import { useWhatIfDiff } from './use-what-if-diff';
import { WhatIfDiff } from './what-if-diff';

export function WhatIfBanner() {
  const store = useAppStore();
  const simulating = useAppState((s) => s.whatIf !== null);
  const diff = useWhatIfDiff();
  if (!simulating || !diff) return null;
  return (
    <section className="what-if-banner" aria-label="What-if simulation">
      <div className="what-if-banner-head">
        <p className="what-if-banner-text">
          <span className="what-if-badge">What-if</span>
          Simulating — nothing is saved until you apply
        </p>
        <div className="what-if-banner-buttons">
          <button type="button" className="button button-small" onClick={() => store.discardWhatIf()}>
            Discard
          </button>
          <button type="button" className="button button-small what-if-apply" onClick={() => store.applyWhatIf()}>
            Apply
          </button>
        </div>
      </div>
      <WhatIfDiff diff={diff} />
    </section>
  );
}
