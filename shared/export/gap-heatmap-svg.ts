// The pipeline's gap heatmap (deals by gap code) as a standalone SVG, drawn as the app's heatmap chart draws it.
import { scaleBand, type ScaleBand } from 'd3';
import type { GapHeatmap, GapHeatmapRow } from '../pipeline/gap-heatmap';
import { CHART_COLOURS, SEVERITY_COLOURS } from '../charts/chart-colours';
import { compactAmount, countOf } from '../charts/chart-format';
import { chartWords, type ChartWords } from '../charts/chart-words';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLanguage, chartLegend, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { escapeXml, estimateTextWidth, fitText, num } from './svg-text';

const LABEL_WIDTH = 250;
const CELL_WIDTH = 38;
const ROW_HEIGHT = 26;
const TOTALS_HEIGHT = 22;
const LEGEND_HEIGHT = 34;
const CODE_ANGLE = 50;
const SIN = Math.sin((CODE_ANGLE * Math.PI) / 180);
const COS = Math.cos((CODE_ANGLE * Math.PI) / 180);

export function gapHeatmapNote(heatmap: GapHeatmap, locale?: string, words: ChartWords = chartWords()): string {
  const order = words.say('heatmap.order');
  const deals = countOf(heatmap.rows.length, words.deal, locale);
  return heatmap.rows.length === 0
    ? words.say('heatmap.none')
    : heatmap.rows.length === heatmap.dealsWithGaps
      ? words.say('heatmap.all', { deals, order })
      : words.say('heatmap.top', { deals, total: countOf(heatmap.dealsWithGaps, words.deal, locale), order });
}

function rowWords(row: GapHeatmapRow, words: ChartWords): string {
  const gaps = row.cells.flatMap((cell) => (cell ? [`${words.gapCode(cell.code)}${cell.count > 1 ? ` ×${cell.count}` : ''}`] : []));
  return `${row.deal} (${row.account}): ${gaps.join(', ')}`;
}

/** What the heatmap shows, in words: the columns with their totals, then each row's gaps. */
function describe(heatmap: GapHeatmap, locale: string, words: ChartWords): string {
  if (heatmap.rows.length === 0) return gapHeatmapNote(heatmap, locale, words);
  const columns = heatmap.codes.map((code, index) => `${words.gapCode(code)} ${heatmap.codeTotals[index] ?? 0}`).join(', ');
  return `${gapHeatmapNote(heatmap, locale, words)} ${words.say('heatmap.each-gap', { columns })} ${heatmap.rows.map((row) => rowWords(row, words)).join('; ')}.`;
}

function codeLabelsSvg(heatmap: GapHeatmap, left: (code: string) => number, header: number, words: ChartWords): string {
  const parts = [
    `<text x="${LABEL_WIDTH - 8}" y="${header + 14}" font-size="10" font-weight="600" fill="${CHART_COLOURS.muted}" text-anchor="end">${escapeXml(words.say('heatmap.deals-with-gap'))}</text>`,
  ];
  heatmap.codes.forEach((code, index) => {
    const centre = num(left(code));
    parts.push(
      `<text transform="translate(${centre},${header - 6}) rotate(-${CODE_ANGLE})" font-size="11" fill="${CHART_COLOURS.text}">${escapeXml(words.gapCode(code))}</text>`,
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
  const { locale, words } = chartLanguage(options);
  const heading = options.heading ?? true;
  // The slanted code labels are printed whole: the header is as tall, and the picture as wide, as the longest needs.
  const longest = Math.max(0, ...heatmap.codes.map((code) => estimateTextWidth(words.gapCode(code), 11)));
  const header = Math.ceil(Math.max(48, longest * SIN + 14));
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const gridRight = LABEL_WIDTH + heatmap.codes.length * CELL_WIDTH;
  const x = scaleBand<string>().domain(heatmap.codes).range([LABEL_WIDTH, gridRight]).padding(0.08);
  const y = scaleBand<string>()
    .domain(heatmap.rows.map((row) => row.dealId))
    .range([header + TOTALS_HEIGHT, header + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT])
    .padding(0.08);
  const centre = (code: string) => (x(code) ?? 0) + x.bandwidth() / 2;
  const labelsRight = Math.max(0, ...heatmap.codes.map((code) => centre(code) + estimateTextWidth(words.gapCode(code), 11) * COS + 8));
  const legend: [string | null, string][] = [
    [CHART_COLOURS.blocker, words.say('heatmap.blocker')],
    [CHART_COLOURS.warning, words.say('heatmap.warning')],
    [CHART_COLOURS.info, words.say('heatmap.info')],
    [null, words.say('heatmap.count')],
  ];
  const grid = heatmap.rows.length === 0 ? 0 : header + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT + 4;
  const width = Math.ceil(Math.max(620, gridRight + 16, labelsRight) + 2 * CHART_PADDING);
  const height = Math.ceil(top + grid + LEGEND_HEIGHT + CHART_PADDING);
  const body =
    heatmap.rows.length === 0
      ? ''
      : `<g transform="translate(${CHART_PADDING},${top})">${codeLabelsSvg(heatmap, centre, header, words)}${heatmap.rows
          .map((row) => rowSvg(heatmap, row, y(row.dealId) ?? 0, x, y.bandwidth(), locale))
          .join('')}</g>`;
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-heatmap',
    width,
    height,
    title: words.say('heatmap.title'),
    description: describe(heatmap, locale, words),
    note: gapHeatmapNote(heatmap, locale, words),
    heading,
    body: body + chartLegend(CHART_PADDING, top + grid + 22, legend),
  });
}
