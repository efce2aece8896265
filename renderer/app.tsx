// The app: the Deals / Pipeline switch, then the three panes (deal list, map, side panel) or the pipeline review.
import { DealListPane } from './deals/deal-list-pane';
import { MapPane } from './map/map-pane';
import { ViewSwitch } from './nav/view-switch';
import { SidePanel } from './panel/side-panel';
import { PipelineView } from './pipeline/pipeline-view';
import { useAppState, useAppStore } from './state/store-context';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useNarrowWindow } from './use-narrow-window';
import { useReviewDate } from './use-review-date';
import { useSaveOnLeave } from './use-save-on-leave';
import { useSimulationLeavePrompt } from './whatif/use-simulation-leave-prompt';

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
        <PipelineView />
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
