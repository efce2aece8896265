// The gap heatmap as one framework-free model: the app's chart and the exported SVG draw these cells, colours and words.
import { scaleBand } from 'd3';
import type { GapCode, GapSeverity } from '../engine/types';
import { estimateTextWidth, fitText } from '../export/svg-text';
import type { GapHeatmap, GapHeatmapRow } from '../pipeline/gap-heatmap';
import { CHART_COLOURS, SEVERITY_COLOURS } from './chart-colours';
import { compactAmount, countOf, DEFAULT_CHART_LOCALE } from './chart-format';
import { chartWords, type ChartWords } from './chart-words';
import type { ChartBox } from './stage-funnel-model';

/** Deal name and amount on the left; the amount is right-aligned against the grid. */
export const HEATMAP_LABEL_WIDTH = 280;
const CELL_WIDTH = 38;
/** Two lines a row: the deal's name, and its account under it, since many deals share a name. */
const ROW_HEIGHT = 34;
const TOTALS_HEIGHT = 22;
/** Room the amount takes at the right of the label column; names are fitted into the rest. */
const AMOUNT_ROOM = 86;
export const HEATMAP_CODE_ANGLE = 50;
const CODE_FONT = 11;
const SIN = Math.sin((HEATMAP_CODE_ANGLE * Math.PI) / 180);
const COS = Math.cos((HEATMAP_CODE_ANGLE * Math.PI) / 180);

export interface HeatmapColumnModel {
  readonly code: GapCode;
  /** The code's short words, printed slanted above the column. */
  readonly label: string;
  /** The column's centre: the slanted label starts here, the total is centred on it. */
  readonly centre: number;
  readonly total: number;
  /** "3 deals with No ally path": the total's tooltip. */
  readonly totalTitle: string;
}

export interface HeatmapCellModel {
  readonly code: GapCode;
  readonly box: ChartBox;
  readonly colour: string;
  /** Null where the deal does not have the gap: an empty cell. */
  readonly gap: {
    readonly dealId: string;
    readonly severity: GapSeverity;
    readonly count: number;
    /** The count printed in the cell when it is more than one; '' otherwise. */
    readonly countText: string;
    /** "Acme — Acme AB: No ally path. Opens the deal with this gap selected.": the cell's accessible name. */
    readonly name: string;
  } | null;
}

export interface HeatmapRowModel {
  readonly dealId: string;
  /** The deal's name and account fitted to the label column; `title` has them whole. */
  readonly deal: string;
  readonly account: string;
  /** "Data platform renewal — Nordvik AB, Sara Lind". */
  readonly title: string;
  /** "SEK 480k" beside the name; '' for a deal with no amount. */
  readonly amountText: string;
  readonly top: number;
  readonly middle: number;
  readonly dealY: number;
  readonly accountY: number;
  readonly cells: readonly HeatmapCellModel[];
  /** "Acme (Acme AB): No ally path, Saboteur unchecked ×2": the row in the chart's text alternative. */
  readonly description: string;
}

export interface GapHeatmapModel {
  /** The grid's size, labels and totals included; 0 high when no row is shown. */
  readonly width: number;
  readonly height: number;
  /** Where the slanted code labels stand on; the totals line is under it. */
  readonly header: number;
  readonly totalsY: number;
  readonly labelWidth: number;
  readonly title: string;
  /** The picture's accessible name on screen. */
  readonly label: string;
  /** "The 7 deals most at risk of 12 with gaps (…)": the export's note. */
  readonly note: string;
  /** The picture in words: the note, each column's total, then every row's gaps. */
  readonly description: string;
  readonly totalsLabel: string;
  readonly columns: readonly HeatmapColumnModel[];
  readonly rows: readonly HeatmapRowModel[];
  /** The severity swatches in order, then the count's explanation (no swatch). */
  readonly legend: readonly { readonly severity: GapSeverity | null; readonly colour: string | null; readonly text: string }[];
}

/** The note of a heatmap: how many rows it shows out of how many deals with gaps, and in which order. */
export function gapHeatmapNote(heatmap: GapHeatmap, locale = DEFAULT_CHART_LOCALE, words: ChartWords = chartWords()): string {
  const order = words.say('heatmap.order');
  const deals = countOf(heatmap.rows.length, words.deal, locale);
  return heatmap.rows.length === 0
    ? words.say('heatmap.none')
    : heatmap.rows.length === heatmap.dealsWithGaps
      ? words.say('heatmap.all', { deals, order })
      : words.say('heatmap.top', { deals, total: countOf(heatmap.dealsWithGaps, words.deal, locale), order });
}

function rowTitle(row: GapHeatmapRow): string {
  return `${row.deal} — ${row.account}${row.owner ? `, ${row.owner}` : ''}`;
}

function rowDescription(row: GapHeatmapRow, words: ChartWords): string {
  const gaps = row.cells.flatMap((cell) => (cell ? [`${words.gapCode(cell.code)}${cell.count > 1 ? ` ×${cell.count}` : ''}`] : []));
  return `${row.deal} (${row.account}): ${gaps.join(', ')}`;
}

/** The heatmap of `gapHeatmap(rows)`: deals down the side, gap codes across, a cell coloured by severity. */
export function gapHeatmapModel(heatmap: GapHeatmap, locale = DEFAULT_CHART_LOCALE, words: ChartWords = chartWords()): GapHeatmapModel {
  // The slanted code labels are shown whole: the header is as tall, and the grid as wide, as the longest needs.
  const labels = heatmap.codes.map((code) => words.gapCode(code));
  const longest = Math.max(0, ...labels.map((label) => estimateTextWidth(label, CODE_FONT)));
  const header = Math.ceil(Math.max(48, longest * SIN + 14));
  const gridTop = header + TOTALS_HEIGHT;
  const gridRight = HEATMAP_LABEL_WIDTH + heatmap.codes.length * CELL_WIDTH;
  const x = scaleBand<string>().domain(heatmap.codes).range([HEATMAP_LABEL_WIDTH, gridRight]).padding(0.08);
  const y = scaleBand<string>()
    .domain(heatmap.rows.map((row) => row.dealId))
    .range([gridTop, gridTop + heatmap.rows.length * ROW_HEIGHT])
    .padding(0.08);
  const centre = (code: string) => (x(code) ?? 0) + x.bandwidth() / 2;
  const columns = heatmap.codes.map((code, index): HeatmapColumnModel => {
    const label = labels[index] ?? code;
    const total = heatmap.codeTotals[index] ?? 0;
    return { code, label, centre: centre(code), total, totalTitle: words.say('heatmap.code-total', { deals: countOf(total, words.deal, locale), code: label }) };
  });
  const labelsRight = Math.max(0, ...columns.map((column) => column.centre + estimateTextWidth(column.label, CODE_FONT) * COS + 8));
  const rows = heatmap.rows.map((row): HeatmapRowModel => {
    const top = y(row.dealId) ?? 0;
    const middle = top + y.bandwidth() / 2;
    const cells = heatmap.codes.map((code, index): HeatmapCellModel => {
      const cell = row.cells[index] ?? null;
      const box = { x: x(code) ?? 0, y: top, width: x.bandwidth(), height: y.bandwidth() };
      if (cell === null) return { code, box, colour: CHART_COLOURS.empty, gap: null };
      const values = { deal: row.deal, account: row.account, code: words.gapCode(code), count: cell.count };
      return {
        code,
        box,
        colour: SEVERITY_COLOURS[cell.severity],
        gap: {
          dealId: cell.dealId,
          severity: cell.severity,
          count: cell.count,
          countText: cell.count > 1 ? words.intl.formatNumber(cell.count) : '',
          name: words.say(cell.count > 1 ? 'heatmap.cell-times' : 'heatmap.cell', values),
        },
      };
    });
    return {
      dealId: row.dealId,
      deal: fitText(row.deal, HEATMAP_LABEL_WIDTH - AMOUNT_ROOM - 4, 12),
      account: fitText(row.account, HEATMAP_LABEL_WIDTH - AMOUNT_ROOM - 4, 11),
      title: rowTitle(row),
      amountText: row.amount === null ? '' : compactAmount(row.amount, row.currency, locale),
      top,
      middle,
      dealY: middle - 7,
      accountY: middle + 8,
      cells,
      description: rowDescription(row, words),
    };
  });
  const note = gapHeatmapNote(heatmap, locale, words);
  const columnsText = columns.map((column) => `${column.label} ${column.total}`).join(', ');
  return {
    width: Math.ceil(Math.max(gridRight + 16, labelsRight)),
    height: rows.length === 0 ? 0 : gridTop + rows.length * ROW_HEIGHT + 4,
    header,
    totalsY: header + 14,
    labelWidth: HEATMAP_LABEL_WIDTH,
    title: words.say('heatmap.title'),
    label: words.say('heatmap.label'),
    note,
    description: rows.length === 0 ? note : `${note} ${words.say('heatmap.each-gap', { columns: columnsText })} ${rows.map((row) => row.description).join('; ')}.`,
    totalsLabel: words.say('heatmap.deals-with-gap'),
    columns,
    rows,
    legend: [
      { severity: 'blocker', colour: SEVERITY_COLOURS.blocker, text: words.say('heatmap.blocker') },
      { severity: 'warning', colour: SEVERITY_COLOURS.warning, text: words.say('heatmap.warning') },
      { severity: 'info', colour: SEVERITY_COLOURS.info, text: words.say('heatmap.info') },
      { severity: null, colour: null, text: words.say('heatmap.count') },
    ],
  };
}
