// "Export map" on the map toolbar: the open deal's map as a PNG or SVG image.
import { useDealmapIntl } from '../i18n/language-context';
import { useAppStore } from '../state/store-context';
import { ExportMenu, type ExportChoice } from './export-menu';
import { exportMap } from './map-export';
import { useT } from '../i18n/use-t';

export function MapExportMenu() {
  const store = useAppStore();
  const t = useT();
  const { language } = useDealmapIntl();
  const choices: ExportChoice[] = [
    { label: t('exporting.map.png'), run: async () => exportMap(store, 'png', undefined, language) },
    { label: t('exporting.map.svg'), run: async () => exportMap(store, 'svg', undefined, language) },
  ];
  return <ExportMenu label={t('exporting.map')} choices={choices} />;
}
