// Open amount by close month, blocked and not blocked, as a standalone stacked-bar SVG drawn from the model the app's chart draws.
import { CHART_COLOURS } from '../charts/chart-colours';
import { CHART_WORDS } from '../charts/chart-words';
import { closeMonthModel, type CloseMonthModel } from '../charts/close-month-model';
import type { CloseMonthSeries } from '../pipeline/close-month';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLegend, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { escapeXml, num } from './svg-text';

export const CLOSE_MONTH_TITLE = CHART_WORDS.closeMonth.title;

export function closeMonthNote(series: CloseMonthSeries, locale?: string): string {
  return closeMonthModel(series, locale).note;
}

function describe(model: CloseMonthModel): string {
  if (model.empty) return `${model.note} ${CHART_WORDS.closeMonth.empty}`;
  return `${model.note} ${model.rows.map((row) => row.description).join('; ')}.`;
}

function plotSvg(model: CloseMonthModel): string {
  const parts = model.ticks.map(
    (tick) =>
      `<line x1="${num(model.gridLeft)}" x2="${num(model.gridRight)}" y1="${num(tick.y)}" y2="${num(tick.y)}" stroke="${CHART_COLOURS.grid}"/>` +
      `<text x="${num(model.gridLeft - 6)}" y="${num(tick.y)}" text-anchor="end" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(tick.label)}</text>`,
  );
  for (const bar of model.bars) {
    parts.push(
      `<rect data-month="${bar.month}" data-part="${bar.part === 'blocked' ? 'blocked' : 'not-blocked'}" x="${num(bar.x)}" y="${num(bar.y)}" width="${num(bar.width)}" height="${num(bar.height)}" fill="${bar.colour}"/>`,
    );
  }
  for (const label of model.monthLabels) {
    parts.push(`<text x="${num(label.x)}" y="${num(label.y)}" text-anchor="middle" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(label.label)}</text>`);
  }
  return parts.join('');
}

/** The chart of `amountByCloseMonth(rows)`: per month a bar of the blocked amount with the not-blocked amount on top. Deterministic. */
export function closeMonthSvg(series: CloseMonthSeries, options: ChartSvgOptions = {}): string {
  const model = closeMonthModel(series, options.locale);
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const plot = model.empty ? 40 : model.height;
  const body = model.empty
    ? `<text x="${CHART_PADDING}" y="${top + 20}" font-size="13" fill="${CHART_COLOURS.muted}">${escapeXml(CHART_WORDS.closeMonth.empty)}</text>`
    : `<g transform="translate(${CHART_PADDING},${top})">${plotSvg(model)}</g>`;
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-close-month',
    width: model.width + 2 * CHART_PADDING,
    height: top + plot + 20 + CHART_PADDING,
    title: model.title,
    description: describe(model),
    note: model.note,
    heading,
    body: body + chartLegend(CHART_PADDING, top + plot + 4, model.legend),
  });
}
