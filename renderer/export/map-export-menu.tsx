// "Export map" on the map toolbar: the open deal's map as a PNG or SVG image.
import { useDealmapIntl } from '../i18n/language-context';
import { useAppStore } from '../state/store-context';
import { ExportMenu, type ExportChoice } from './export-menu';
import { exportMap } from './map-export';

export function MapExportMenu() {
  const store = useAppStore();
  const { language } = useDealmapIntl();
  const choices: ExportChoice[] = [
    { label: 'PNG image', run: async () => exportMap(store, 'png', undefined, language) },
    { label: 'SVG image', run: async () => exportMap(store, 'svg', undefined, language) },
  ];
  return <ExportMenu label="Export map" choices={choices} />;
}
