// The pipeline's gap heatmap (deals by gap code) as a standalone SVG, drawn from the model the app's heatmap chart draws.
import { CHART_COLOURS } from '../charts/chart-colours';
import { HEATMAP_CODE_ANGLE, gapHeatmapModel, type GapHeatmapModel, type HeatmapRowModel } from '../charts/gap-heatmap-model';
import type { GapHeatmap } from '../pipeline/gap-heatmap';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLanguage, chartLegend, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { escapeXml, num } from './svg-text';

const LEGEND_HEIGHT = 34;
/** The narrowest exported heatmap: room for its legend. */
const MIN_WIDTH = 620;

export { gapHeatmapNote } from '../charts/gap-heatmap-model';

function codeLabelsSvg(model: GapHeatmapModel): string {
  const parts = [
    `<text x="${model.labelWidth - 8}" y="${model.totalsY}" font-size="10" font-weight="600" fill="${CHART_COLOURS.muted}" text-anchor="end">${escapeXml(model.totalsLabel)}</text>`,
  ];
  for (const column of model.columns) {
    const centre = num(column.centre);
    parts.push(
      `<text transform="translate(${centre},${model.header - 6}) rotate(-${HEATMAP_CODE_ANGLE})" font-size="11" fill="${CHART_COLOURS.text}">${escapeXml(column.label)}</text>`,
      `<text x="${centre}" y="${model.totalsY}" font-size="10" font-weight="600" fill="${CHART_COLOURS.muted}" text-anchor="middle">${column.total}</text>`,
    );
  }
  return parts.join('');
}

function rowSvg(model: GapHeatmapModel, row: HeatmapRowModel): string {
  const parts = [
    `<text x="4" y="${num(row.dealY)}" dominant-baseline="central" font-size="12" font-weight="500" fill="${CHART_COLOURS.text}">${escapeXml(row.deal)}</text>`,
    `<text x="4" y="${num(row.accountY)}" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(row.account)}</text>`,
    `<text x="${model.labelWidth - 8}" y="${num(row.middle)}" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}" text-anchor="end">${escapeXml(row.amountText)}</text>`,
  ];
  for (const cell of row.cells) {
    const rect = `<rect x="${num(cell.box.x)}" y="${num(cell.box.y)}" width="${num(cell.box.width)}" height="${num(cell.box.height)}" rx="3" fill="${cell.colour}"/>`;
    if (cell.gap === null) {
      parts.push(rect);
      continue;
    }
    const count = cell.gap.countText
      ? `<text x="${num(cell.box.x + cell.box.width / 2)}" y="${num(row.middle)}" text-anchor="middle" dominant-baseline="central" font-size="11" font-weight="700" fill="#fff">${escapeXml(cell.gap.countText)}</text>`
      : '';
    parts.push(`<g data-gap-code="${escapeXml(cell.code)}">${rect}${count}</g>`);
  }
  return `<g data-deal-id="${escapeXml(row.dealId)}">${parts.join('')}</g>`;
}

/** The heatmap of `gapHeatmap(rows)`: deals down the side, gap codes across, a cell coloured by severity. Deterministic. */
export function gapHeatmapSvg(heatmap: GapHeatmap, options: ChartSvgOptions = {}): string {
  const { locale, words } = chartLanguage(options);
  const model = gapHeatmapModel(heatmap, locale, words);
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const legend: [string | null, string][] = model.legend.map((item) => [item.colour, item.text]);
  const width = Math.ceil(Math.max(MIN_WIDTH, model.width) + 2 * CHART_PADDING);
  const height = Math.ceil(top + model.height + LEGEND_HEIGHT + CHART_PADDING);
  const body =
    model.rows.length === 0 ? '' : `<g transform="translate(${CHART_PADDING},${top})">${codeLabelsSvg(model)}${model.rows.map((row) => rowSvg(model, row)).join('')}</g>`;
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-heatmap',
    width,
    height,
    title: model.title,
    description: model.description,
    note: model.note,
    heading,
    body: body + chartLegend(CHART_PADDING, top + model.height + 22, legend),
  });
}
