// The top-level switch between the deal view (list, map, panel) and the pipeline review.
import { useId } from 'react';
import type { AppView } from '../state/app-state';
import { useAppState, useAppStore } from '../state/store-context';
import { TeamStatusBar } from '../team/team-status-bar';
import { useT } from '../i18n/use-t';
import { LanguagePicker } from './language-picker';

const VIEWS: readonly AppView[] = ['deals', 'pipeline'];

/** The simulation lives in the deal view: its tab says so from anywhere, above all from the pipeline. */
function WhatIfPendingMarker() {
  const t = useT();
  return (
    <span className="view-switch-pending" aria-hidden="true">
      <span className="view-switch-pending-dot" />
      {t('app.whatif-pending')}
    </span>
  );
}

export function ViewSwitch() {
  const store = useAppStore();
  const current = useAppState((s) => s.view);
  const simulatedDeal = useAppState((s) => s.whatIf?.saved.name ?? null);
  const descriptionId = useId();
  const t = useT();
  return (
    <nav className="view-switch" aria-label={t('app.views')}>
      {VIEWS.map((view) => {
        const pending = view === 'deals' && simulatedDeal !== null;
        return (
          <button
            key={view}
            type="button"
            className={`view-switch-button${view === current ? ' is-current' : ''}${pending ? ' has-what-if' : ''}`}
            aria-current={view === current ? 'page' : undefined}
            aria-describedby={pending ? descriptionId : undefined}
            onClick={() => store.showView(view)}
          >
            {t(`app.view.${view}`)}
            {pending && <WhatIfPendingMarker />}
          </button>
        );
      })}
      {/* Outside the button: the tab's name stays "Deals", this is read as its description. */}
      {simulatedDeal !== null && (
        <span id={descriptionId} className="visually-hidden">
          {t('app.whatif-pending.description', { deal: simulatedDeal })}
        </span>
      )}
      <TeamStatusBar />
      <LanguagePicker />
    </nav>
  );
}
