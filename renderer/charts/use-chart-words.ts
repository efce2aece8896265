// The chart words of the page's language, the same ones the exported charts print.
import { chartWords, type ChartWords } from '../../shared/charts/chart-words';
import { useDealmapIntl } from '../i18n/language-context';

export function useChartWords(): ChartWords {
  return chartWords(useDealmapIntl());
}
