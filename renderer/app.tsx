// The app's three panes: deal list, buying-center map and side panel.
import { DealListPane } from './deals/deal-list-pane';
import { MapPane } from './map/map-pane';
import { SidePanel } from './panel/side-panel';
import { useAppStore } from './state/store-context';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useSaveOnLeave } from './use-save-on-leave';

export function App() {
  const store = useAppStore();
  useKeyboardShortcuts(store);
  useSaveOnLeave(store);
  return (
    <div className="app-shell">
      <DealListPane />
      <MapPane />
      <SidePanel />
    </div>
  );
}
