// The app: the Deals / Pipeline switch, then the three panes (deal list, map, side panel) or the pipeline review.
import { lazy, Suspense } from 'react';
import { DealListPane } from './deals/deal-list-pane';
import { MapPane } from './map/map-pane';
import { ViewSwitch } from './nav/view-switch';
import { SidePanel } from './panel/side-panel';
import { useAppState, useAppStore } from './state/store-context';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useNarrowWindow } from './use-narrow-window';
import { useReviewDate } from './use-review-date';
import { useSaveOnLeave } from './use-save-on-leave';
import { useSimulationLeavePrompt } from './whatif/use-simulation-leave-prompt';

// The pipeline, its charts and d3 load when first shown, so the deal view's first paint does not wait for them.
const PipelineView = lazy(() => import('./pipeline/pipeline-view').then((module) => ({ default: module.PipelineView })));

export function App() {
  const store = useAppStore();
  const panes = useAppState((s) => s.panes);
  const view = useAppState((s) => s.view);
  useKeyboardShortcuts(store);
  useSaveOnLeave(store);
  useSimulationLeavePrompt(store);
  useNarrowWindow(store);
  useReviewDate(store);
  const className = [
    'app-shell',
    panes.dealListCollapsed && 'deal-list-collapsed',
    panes.sidePanelCollapsed && 'side-panel-collapsed',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="app-frame">
      <ViewSwitch />
      {view === 'pipeline' ? (
        <Suspense fallback={<main className="pipeline-view" aria-busy="true" />}>
          <PipelineView />
        </Suspense>
      ) : (
        <div className={className}>
          <DealListPane />
          <MapPane />
          <SidePanel />
        </div>
      )}
    </div>
  );
}
