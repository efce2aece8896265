// "Export review pack" in the pipeline view: the deals in view as Markdown (with map images), a printable HTML page or PDF.
import type { PipelineRow, RowFilter } from '../../shared/pipeline';
import { useDealmapIntl } from '../i18n/language-context';
import { useAppStore } from '../state/store-context';
import { ExportMenu, type ExportChoice } from './export-menu';
import { exportReviewPack } from './review-pack-export';
import { reviewPackScope } from './review-pack-scope';
import { useT } from '../i18n/use-t';

export function ReviewPackExportMenu({ rows, total, filter }: { rows: readonly PipelineRow[]; total: number; filter: RowFilter }) {
  const store = useAppStore();
  const t = useT();
  const scope = reviewPackScope(filter, rows.length, total);
  const { language } = useDealmapIntl();
  const choices: ExportChoice[] = [
    { label: t('exporting.pack.markdown'), run: () => exportReviewPack(store, 'markdown', rows, scope, undefined, language) },
    { label: t('exporting.pack.html'), run: () => exportReviewPack(store, 'html', rows, scope, undefined, language) },
    { label: t('exporting.pack.pdf'), run: () => exportReviewPack(store, 'pdf', rows, scope, undefined, language) },
  ];
  return <ExportMenu label={t('exporting.pack')} choices={choices} disabled={total === 0} />;
}
