// "Export map" on the map toolbar: the open deal's map as a PNG or SVG image.
import { useAppStore } from '../state/store-context';
import { ExportMenu, type ExportChoice } from './export-menu';
import { exportMap } from './map-export';

export function MapExportMenu() {
  const store = useAppStore();
  const choices: ExportChoice[] = [
    { label: 'PNG image', run: async () => exportMap(store, 'png') },
    { label: 'SVG image', run: async () => exportMap(store, 'svg') },
  ];
  return <ExportMenu label="Export map" choices={choices} />;
}
