// Open amount by close month, blocked and not blocked, as a standalone stacked-bar SVG drawn from the model the app's chart draws.
import { CHART_COLOURS } from '../charts/chart-colours';
import { closeMonthModel, type CloseMonthModel } from '../charts/close-month-model';
import type { CloseMonthSeries } from '../pipeline/close-month';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLanguage, chartLegend, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { escapeXml, num } from './svg-text';

function describe(model: CloseMonthModel, empty: string): string {
  if (model.empty) return `${model.note} ${empty}`;
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
  const { locale, words } = chartLanguage(options);
  const model = closeMonthModel(series, locale, words);
  const empty = words.say('close-month.empty');
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const plot = model.empty ? 40 : model.height;
  const body = model.empty
    ? `<text x="${CHART_PADDING}" y="${top + 20}" font-size="13" fill="${CHART_COLOURS.muted}">${escapeXml(empty)}</text>`
    : `<g transform="translate(${CHART_PADDING},${top})">${plotSvg(model)}</g>`;
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-close-month',
    width: model.width + 2 * CHART_PADDING,
    height: top + plot + 20 + CHART_PADDING,
    title: model.title,
    description: describe(model, empty),
    note: model.note,
    heading,
    body: body + chartLegend(CHART_PADDING, top + plot + 4, model.legend),
  });
}
