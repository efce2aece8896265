// The review pack's pipeline charts: which ones, their files beside the Markdown, their text alternative, their SVG.
import { amountByCloseMonth } from '../pipeline/close-month';
import { gapHeatmap } from '../pipeline/gap-heatmap';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { stageFunnel } from '../pipeline/stage-funnel';
import type { ChartSvgOptions } from './chart-svg-kit';
import { CLOSE_MONTH_TITLE, closeMonthNote, closeMonthSvg } from './close-month-svg';
import { GAP_HEATMAP_TITLE, gapHeatmapNote, gapHeatmapSvg } from './gap-heatmap-svg';
import { STAGE_FUNNEL_NOTE, STAGE_FUNNEL_TITLE, stageFunnelSvg } from './stage-funnel-svg';

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

function chart(id: PackChartId, title: string, note: string, draw: (options: ChartSvgOptions) => string): PackChart {
  return {
    id,
    file: packChartFile(id),
    title,
    note,
    alt: `${title}: ${note} The table below gives the numbers.`,
    svg: (options = {}) => draw({ idPrefix: `chart-${id}`, ...options }),
  };
}

/** The three pipeline charts of the rows in view, in the app's order: heatmap, funnel, amount by close month. */
export function packCharts(rows: readonly PipelineRow[]): Readonly<Record<PackChartId, PackChart>> {
  const heatmap = gapHeatmap(rows, { limit: HEATMAP_ROWS });
  const funnel = stageFunnel(rows);
  const months = amountByCloseMonth(rows);
  return {
    heatmap: chart('heatmap', GAP_HEATMAP_TITLE, gapHeatmapNote(heatmap), (options) => gapHeatmapSvg(heatmap, options)),
    'stage-funnel': chart('stage-funnel', STAGE_FUNNEL_TITLE, STAGE_FUNNEL_NOTE, (options) => stageFunnelSvg(funnel, options)),
    'close-month': chart('close-month', CLOSE_MONTH_TITLE, closeMonthNote(months), (options) => closeMonthSvg(months, options)),
  };
}
