// The app's three panes: deal list, buying-center map and side panel; either side pane folds to a rail.
import { DealListPane } from './deals/deal-list-pane';
import { MapPane } from './map/map-pane';
import { SidePanel } from './panel/side-panel';
import { useAppState, useAppStore } from './state/store-context';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useNarrowWindow } from './use-narrow-window';
import { useReviewDate } from './use-review-date';
import { useSaveOnLeave } from './use-save-on-leave';

export function App() {
  const store = useAppStore();
  const panes = useAppState((s) => s.panes);
  useKeyboardShortcuts(store);
  useSaveOnLeave(store);
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
    <div className={className}>
      <DealListPane />
      <MapPane />
      <SidePanel />
    </div>
  );
}
