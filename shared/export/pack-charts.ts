// The review pack's pipeline charts: which ones, their files beside the Markdown, their text alternative, their SVG.
import { amountByCloseMonth } from '../pipeline/close-month';
import { gapHeatmap } from '../pipeline/gap-heatmap';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { stageFunnel } from '../pipeline/stage-funnel';
import type { Language } from '../i18n/languages';
import { closeMonthModel } from '../charts/close-month-model';
import type { ChartWords } from '../charts/chart-words';
import { chartLanguage, type ChartSvgOptions } from './chart-svg-kit';
import { closeMonthSvg } from './close-month-svg';
import { gapHeatmapNote, gapHeatmapSvg } from './gap-heatmap-svg';
import { stageFunnelSvg } from './stage-funnel-svg';

export const PACK_CHART_IDS = ['heatmap', 'stage-funnel', 'close-month'] as const;
export type PackChartId = (typeof PACK_CHART_IDS)[number];

export interface PackChart {
  readonly id: PackChartId;
  /** Beside the Markdown file, e.g. `charts/heatmap.svg`. */
  readonly file: string;
  readonly title: string;
  /** One line on what the chart shows and leaves out. */
  readonly note: string;
  /** The image's short text alternative; the table under it gives the numbers. */
  readonly alt: string;
  readonly svg: (options?: ChartSvgOptions) => string;
}

/** Rows in the heatmap, as in the app: the deals most at risk; the pack's gap table lists them all by code. */
const HEATMAP_ROWS = 30;

export function packChartFile(id: PackChartId): string {
  return `charts/${id}.svg`;
}

function chart(id: PackChartId, words: ChartWords, title: string, note: string, language: Language, draw: (options: ChartSvgOptions) => string): PackChart {
  return {
    id,
    file: packChartFile(id),
    title,
    note,
    alt: words.say('pack-alt', { title, note }),
    svg: (options = {}) => draw({ idPrefix: `chart-${id}`, language, ...options }),
  };
}

/** The three pipeline charts of the rows in view, in the app's order: heatmap, funnel, amount by close month, in the pack's language. */
export function packCharts(rows: readonly PipelineRow[], language: Language = 'en'): Readonly<Record<PackChartId, PackChart>> {
  const heatmap = gapHeatmap(rows, { limit: HEATMAP_ROWS });
  const funnel = stageFunnel(rows);
  const months = amountByCloseMonth(rows);
  const { locale, words } = chartLanguage({ language });
  return {
    heatmap: chart('heatmap', words, words.say('heatmap.title'), gapHeatmapNote(heatmap, locale, words), language, (options) => gapHeatmapSvg(heatmap, options)),
    'stage-funnel': chart('stage-funnel', words, words.say('stage-funnel.title'), words.say('stage-funnel.note'), language, (options) => stageFunnelSvg(funnel, options)),
    'close-month': chart('close-month', words, words.say('close-month.title'), closeMonthModel(months, locale, words).note, language, (options) => closeMonthSvg(months, options)),
  };
}
