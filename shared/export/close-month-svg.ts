// Open amount by close month, blocked and not blocked, as a standalone stacked-bar SVG drawn as the app's chart draws it.
import { scaleBand, scaleLinear, stack } from 'd3';
import type { CloseMonthAmount, CloseMonthSeries } from '../pipeline/close-month';
import {
  CHART_COLOURS,
  CHART_HEADING_HEIGHT,
  CHART_PADDING,
  chartLegend,
  chartMonth,
  chartPlural,
  chartSvg,
  compactAmount,
  type ChartSvgOptions,
} from './chart-svg-kit';
import { escapeXml, estimateTextWidth, num } from './svg-text';

const WIDTH = 620;
const PLOT_HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 64 };
const MAX_BAR_WIDTH = 64;
const KEYS = ['blocked', 'notBlocked'] as const;
const KEY_COLOURS = { blocked: CHART_COLOURS.blocker, notBlocked: CHART_COLOURS.notBlocked } as const;

export const CLOSE_MONTH_TITLE = 'Open amount by close month';

export function closeMonthNote(series: CloseMonthSeries): string {
  const undated = series.undatedDeals > 0 ? `; ${chartPlural(series.undatedDeals, 'open deal')} without a close date not shown` : '';
  return `Open deals by expected close month, in ${series.currency ?? 'no currency'}${undated}.`;
}

function monthWords(month: CloseMonthAmount, currency: string | null): string {
  return (
    `${chartMonth(month.month)}: blocked ${compactAmount(month.blocked, currency)} in ${chartPlural(month.blockedDeals, 'deal')}, ` +
    `not blocked ${compactAmount(month.notBlocked, currency)} in ${chartPlural(month.notBlockedDeals, 'deal')}`
  );
}

function describe(series: CloseMonthSeries): string {
  if (series.months.length === 0) return `${closeMonthNote(series)} No open deal in view has a close date.`;
  return `${closeMonthNote(series)} ${series.months.map((month) => monthWords(month, series.currency)).join('; ')}.`;
}

function plotSvg(series: CloseMonthSeries): string {
  const top = Math.max(1, ...series.months.map((month) => month.blocked + month.notBlocked));
  const y = scaleLinear().domain([0, top]).nice().range([PLOT_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4).map((tick) => ({ tick, label: compactAmount(tick, series.currency) }));
  // The currency rides on every tick label: make the margin as wide as the widest.
  const left = Math.max(MARGIN.left, ...ticks.map(({ label }) => Math.ceil(estimateTextWidth(label, 11)) + 12));
  const x = scaleBand<string>()
    .domain(series.months.map((month) => month.month))
    .range([left, WIDTH - MARGIN.right])
    .padding(0.2);
  // A few months would make slabs as wide as the page: bars keep to a column's width, centred in their month.
  const barWidth = Math.min(x.bandwidth(), MAX_BAR_WIDTH);
  const barLeft = (month: string) => (x(month) ?? 0) + (x.bandwidth() - barWidth) / 2;
  const parts = ticks.map(
    ({ tick, label }) =>
      `<line x1="${left}" x2="${WIDTH - MARGIN.right}" y1="${num(y(tick))}" y2="${num(y(tick))}" stroke="${CHART_COLOURS.grid}"/>` +
      `<text x="${left - 6}" y="${num(y(tick))}" text-anchor="end" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(label)}</text>`,
  );
  for (const layer of stack<CloseMonthAmount>().keys(KEYS)([...series.months])) {
    const key = KEYS.find((candidate) => candidate === layer.key) ?? 'blocked';
    for (const point of layer) {
      const height = y(point[0]) - y(point[1]);
      if (height <= 0) continue;
      parts.push(
        `<rect data-month="${point.data.month}" data-part="${key === 'blocked' ? 'blocked' : 'not-blocked'}" x="${num(barLeft(point.data.month))}" y="${num(y(point[1]))}" width="${num(barWidth)}" height="${num(height)}" fill="${KEY_COLOURS[key]}"/>`,
      );
    }
  }
  const labelEvery = Math.ceil(series.months.length / 12);
  series.months.forEach((month, index) => {
    if (index % labelEvery !== 0) return;
    const centre = num((x(month.month) ?? 0) + x.bandwidth() / 2);
    parts.push(`<text x="${centre}" y="${PLOT_HEIGHT - MARGIN.bottom + 16}" text-anchor="middle" font-size="11" fill="${CHART_COLOURS.muted}">${chartMonth(month.month)}</text>`);
  });
  return parts.join('');
}

/** The chart of `amountByCloseMonth(rows)`: per month a bar of the blocked amount with the not-blocked amount on top. Deterministic. */
export function closeMonthSvg(series: CloseMonthSeries, options: ChartSvgOptions = {}): string {
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const plot = series.months.length === 0 ? 40 : PLOT_HEIGHT;
  const body =
    series.months.length === 0
      ? `<text x="${CHART_PADDING}" y="${top + 20}" font-size="13" fill="${CHART_COLOURS.muted}">No open deal in view has a close date.</text>`
      : `<g transform="translate(${CHART_PADDING},${top})">${plotSvg(series)}</g>`;
  const legend = chartLegend(CHART_PADDING, top + plot + 4, [
    [CHART_COLOURS.blocker, 'In deals with blockers'],
    [CHART_COLOURS.notBlocked, 'In deals without blockers'],
  ]);
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-close-month',
    width: WIDTH + 2 * CHART_PADDING,
    height: top + plot + 20 + CHART_PADDING,
    title: CLOSE_MONTH_TITLE,
    description: describe(series),
    note: closeMonthNote(series),
    heading,
    body: body + legend,
  });
}
