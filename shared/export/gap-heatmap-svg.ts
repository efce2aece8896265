// The pipeline's gap heatmap (deals by gap code) as a standalone SVG, drawn as the app's heatmap chart draws it.
import { scaleBand, type ScaleBand } from 'd3';
import { GAP_HEATMAP_ORDER_TEXT, type GapHeatmap, type GapHeatmapRow } from '../pipeline/gap-heatmap';
import { CHART_COLOURS, SEVERITY_COLOURS } from '../charts/chart-colours';
import { compactAmount, countOf } from '../charts/chart-format';
import { CHART_WORDS } from '../charts/chart-words';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLegend, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { gapCodeLabel } from '../model/vocabulary-labels';
import { escapeXml, estimateTextWidth, fitText, num } from './svg-text';

const LABEL_WIDTH = 250;
const CELL_WIDTH = 38;
const ROW_HEIGHT = 26;
const TOTALS_HEIGHT = 22;
const LEGEND_HEIGHT = 34;
const CODE_ANGLE = 50;
const SIN = Math.sin((CODE_ANGLE * Math.PI) / 180);
const COS = Math.cos((CODE_ANGLE * Math.PI) / 180);

export const GAP_HEATMAP_TITLE = 'Gaps by deal';

export function gapHeatmapNote(heatmap: GapHeatmap, locale?: string): string {
  return heatmap.rows.length === 0
    ? 'No deal in view has a gap.'
    : heatmap.rows.length === heatmap.dealsWithGaps
      ? `${countOf(heatmap.rows.length, CHART_WORDS.deal, locale)} with gaps, most at risk first (${GAP_HEATMAP_ORDER_TEXT}).`
      : `The ${countOf(heatmap.rows.length, CHART_WORDS.deal, locale)} most at risk of ${countOf(heatmap.dealsWithGaps, CHART_WORDS.deal, locale)} with gaps (${GAP_HEATMAP_ORDER_TEXT}).`;
}

function rowWords(heatmap: GapHeatmap, row: GapHeatmapRow): string {
  const gaps = row.cells.flatMap((cell) => (cell ? [`${gapCodeLabel(cell.code)}${cell.count > 1 ? ` ×${cell.count}` : ''}`] : []));
  return `${row.deal} (${row.account}): ${gaps.join(', ')}`;
}

/** What the heatmap shows, in words: the columns with their totals, then each row's gaps. */
function describe(heatmap: GapHeatmap, locale?: string): string {
  if (heatmap.rows.length === 0) return gapHeatmapNote(heatmap, locale);
  const columns = heatmap.codes.map((code, index) => `${gapCodeLabel(code)} ${heatmap.codeTotals[index] ?? 0}`).join(', ');
  return `${gapHeatmapNote(heatmap, locale)} Deals with each gap: ${columns}. ${heatmap.rows.map((row) => rowWords(heatmap, row)).join('; ')}.`;
}

function codeLabelsSvg(heatmap: GapHeatmap, left: (code: string) => number, header: number): string {
  const parts = [
    `<text x="${LABEL_WIDTH - 8}" y="${header + 14}" font-size="10" font-weight="600" fill="${CHART_COLOURS.muted}" text-anchor="end">Deals with the gap</text>`,
  ];
  heatmap.codes.forEach((code, index) => {
    const centre = num(left(code));
    parts.push(
      `<text transform="translate(${centre},${header - 6}) rotate(-${CODE_ANGLE})" font-size="11" fill="${CHART_COLOURS.text}">${escapeXml(gapCodeLabel(code))}</text>`,
      `<text x="${centre}" y="${header + 14}" font-size="10" font-weight="600" fill="${CHART_COLOURS.muted}" text-anchor="middle">${heatmap.codeTotals[index] ?? 0}</text>`,
    );
  });
  return parts.join('');
}

function rowSvg(heatmap: GapHeatmap, row: GapHeatmapRow, top: number, x: ScaleBand<string>, band: number, locale?: string): string {
  const middle = num(top + band / 2);
  const parts = [
    `<text x="4" y="${middle}" dominant-baseline="central" font-size="12" font-weight="500" fill="${CHART_COLOURS.text}">${escapeXml(fitText(row.deal, 170, 12))}</text>`,
    `<text x="${LABEL_WIDTH - 8}" y="${middle}" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}" text-anchor="end">${row.amount === null ? '' : escapeXml(compactAmount(row.amount, row.currency, locale))}</text>`,
  ];
  row.cells.forEach((cell, index) => {
    const left = num(x(heatmap.codes[index] ?? '') ?? 0);
    const size = `y="${num(top)}" width="${num(x.bandwidth())}" height="${num(band)}" rx="3"`;
    if (!cell) {
      parts.push(`<rect x="${left}" ${size} fill="${CHART_COLOURS.empty}"/>`);
      return;
    }
    const count =
      cell.count > 1
        ? `<text x="${num((x(cell.code) ?? 0) + x.bandwidth() / 2)}" y="${middle}" text-anchor="middle" dominant-baseline="central" font-size="11" font-weight="700" fill="#fff">${cell.count}</text>`
        : '';
    parts.push(`<g data-gap-code="${escapeXml(cell.code)}"><rect x="${left}" ${size} fill="${SEVERITY_COLOURS[cell.severity]}"/>${count}</g>`);
  });
  return `<g data-deal-id="${escapeXml(row.dealId)}">${parts.join('')}</g>`;
}

/** The heatmap of `gapHeatmap(rows)`: deals down the side, gap codes across, a cell coloured by severity. Deterministic. */
export function gapHeatmapSvg(heatmap: GapHeatmap, options: ChartSvgOptions = {}): string {
  const heading = options.heading ?? true;
  // The slanted code labels are printed whole: the header is as tall, and the picture as wide, as the longest needs.
  const longest = Math.max(0, ...heatmap.codes.map((code) => estimateTextWidth(gapCodeLabel(code), 11)));
  const header = Math.ceil(Math.max(48, longest * SIN + 14));
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const gridRight = LABEL_WIDTH + heatmap.codes.length * CELL_WIDTH;
  const x = scaleBand<string>().domain(heatmap.codes).range([LABEL_WIDTH, gridRight]).padding(0.08);
  const y = scaleBand<string>()
    .domain(heatmap.rows.map((row) => row.dealId))
    .range([header + TOTALS_HEIGHT, header + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT])
    .padding(0.08);
  const centre = (code: string) => (x(code) ?? 0) + x.bandwidth() / 2;
  const labelsRight = Math.max(0, ...heatmap.codes.map((code) => centre(code) + estimateTextWidth(gapCodeLabel(code), 11) * COS + 8));
  const legend: [string | null, string][] = [
    [CHART_COLOURS.blocker, 'Blocker'],
    [CHART_COLOURS.warning, 'Warning'],
    [CHART_COLOURS.info, 'Opportunity'],
    [null, 'A number: that many gaps of the code (one per person)'],
  ];
  const grid = heatmap.rows.length === 0 ? 0 : header + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT + 4;
  const width = Math.ceil(Math.max(620, gridRight + 16, labelsRight) + 2 * CHART_PADDING);
  const height = Math.ceil(top + grid + LEGEND_HEIGHT + CHART_PADDING);
  const body =
    heatmap.rows.length === 0
      ? ''
      : `<g transform="translate(${CHART_PADDING},${top})">${codeLabelsSvg(heatmap, centre, header)}${heatmap.rows
          .map((row) => rowSvg(heatmap, row, y(row.dealId) ?? 0, x, y.bandwidth(), options.locale))
          .join('')}</g>`;
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-heatmap',
    width,
    height,
    title: GAP_HEATMAP_TITLE,
    description: describe(heatmap, options.locale),
    note: gapHeatmapNote(heatmap, options.locale),
    heading,
    body: body + chartLegend(CHART_PADDING, top + grid + 22, legend),
  });
}
