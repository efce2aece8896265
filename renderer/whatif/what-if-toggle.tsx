// The toolbar's What-if button: pressed while simulating; pressing it again ends the simulation.
import { useAppState, useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

function FlaskIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden focusable={false}>
      <path
        d="M6 1.5h4M6.7 1.5v4.3L2.6 12.6a1.3 1.3 0 0 0 1.1 1.9h8.6a1.3 1.3 0 0 0 1.1-1.9L9.3 5.8V1.5M4.6 10h6.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function WhatIfToggle() {
  const store = useAppStore();
  const simulating = useAppState((s) => s.whatIf !== null);
  const t = useT();
  return (
    <button
      type="button"
      className={`button what-if-toggle${simulating ? ' is-on' : ''}`}
      aria-pressed={simulating}
      title={simulating ? t('whatif.toggle.end') : t('whatif.toggle.start')}
      onClick={() => (simulating ? store.exitWhatIf() : store.enterWhatIf())}
    >
      <FlaskIcon /> <span className="toolbar-label">{t('whatif.toggle')}</span>
    </button>
  );
}
