// The top-level switch between the deal view (list, map, panel) and the pipeline review.
import type { AppView } from '../state/app-state';
import { useAppState, useAppStore } from '../state/store-context';

const VIEWS: readonly { view: AppView; label: string }[] = [
  { view: 'deals', label: 'Deals' },
  { view: 'pipeline', label: 'Pipeline' },
];

export function ViewSwitch() {
  const store = useAppStore();
  const current = useAppState((s) => s.view);
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.map(({ view, label }) => (
        <button
          key={view}
          type="button"
          className={`view-switch-button${view === current ? ' is-current' : ''}`}
          aria-current={view === current ? 'page' : undefined}
          onClick={() => store.showView(view)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
