// Open amount by close month as one framework-free model: scales, bars, ticks and words for the app and the export.
import { scaleBand, scaleLinear, stack } from 'd3';
import { estimateTextWidth } from '../export/svg-text';
import type { CloseMonthAmount, CloseMonthSeries } from '../pipeline/close-month';
import { CHART_COLOURS } from './chart-colours';
import { compactAmount, countOf, DEFAULT_CHART_LOCALE, monthLabel } from './chart-format';
import { chartWords, type ChartWords } from './chart-words';
import type { ChartBox } from './stage-funnel-model';

export const CLOSE_MONTH_WIDTH = 620;
export const CLOSE_MONTH_HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 64 };
/** A few months would make slabs as wide as the card: bars keep to a column's width, centred in their month. */
const MAX_BAR_WIDTH = 64;
const PARTS = ['blocked', 'notBlocked'] as const;
export type CloseMonthPart = (typeof PARTS)[number];

export const CLOSE_MONTH_PART_COLOURS: Readonly<Record<CloseMonthPart, string>> = {
  blocked: CHART_COLOURS.blocker,
  notBlocked: CHART_COLOURS.notBlocked,
};

export interface CloseMonthBar extends ChartBox {
  readonly month: string;
  readonly part: CloseMonthPart;
  readonly colour: string;
  /** "Jan 2027, blocked: SEK 1.2m in 1 deal" */
  readonly description: string;
}

export interface CloseMonthTick {
  readonly y: number;
  readonly label: string;
}

export interface CloseMonthLabel {
  readonly month: string;
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

export interface CloseMonthRow {
  readonly month: string;
  readonly label: string;
  readonly blocked: string;
  readonly notBlocked: string;
  readonly blockedDeals: number;
  readonly notBlockedDeals: number;
  /** The month in the text alternative. */
  readonly description: string;
}

export interface CloseMonthModel {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly note: string;
  readonly empty: boolean;
  readonly gridLeft: number;
  readonly gridRight: number;
  readonly ticks: readonly CloseMonthTick[];
  readonly bars: readonly CloseMonthBar[];
  readonly monthLabels: readonly CloseMonthLabel[];
  /** One row per month, for the data table and the description. */
  readonly rows: readonly CloseMonthRow[];
  readonly legend: readonly (readonly [colour: string, label: string])[];
}

function rowOf(month: CloseMonthAmount, currency: string | null, locale: string, words: ChartWords): CloseMonthRow {
  const label = monthLabel(month.month, locale);
  const blocked = compactAmount(month.blocked, currency, locale);
  const notBlocked = compactAmount(month.notBlocked, currency, locale);
  return {
    month: month.month,
    label,
    blocked,
    notBlocked,
    blockedDeals: month.blockedDeals,
    notBlockedDeals: month.notBlockedDeals,
    description: words.say('close-month.month', {
      month: label,
      blocked,
      blockedDeals: countOf(month.blockedDeals, words.deal, locale),
      notBlocked,
      notBlockedDeals: countOf(month.notBlockedDeals, words.deal, locale),
    }),
  };
}

/** `undated` is already counted in words ("2 open deals"), or null when every deal has a date. */
function closeMonthNoteText(currency: string | null, undated: string | null, words: ChartWords): string {
  const named = currency ?? words.say('close-month.in-no-currency');
  return undated === null ? words.say('close-month.note', { currency: named }) : words.say('close-month.note-undated', { currency: named, undated });
}

/** The chart of `amountByCloseMonth(rows)`: per month a bar of the blocked amount with the not-blocked amount on top. */
export function closeMonthModel(series: CloseMonthSeries, locale = DEFAULT_CHART_LOCALE, words: ChartWords = chartWords()): CloseMonthModel {
  const top = Math.max(1, ...series.months.map((month) => month.blocked + month.notBlocked));
  const y = scaleLinear().domain([0, top]).nice().range([CLOSE_MONTH_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const tickValues = y.ticks(4).map((tick) => ({ tick, label: compactAmount(tick, series.currency, locale) }));
  // The currency rides on every tick label: the margin is as wide as the widest.
  const left = Math.max(MARGIN.left, ...tickValues.map(({ label }) => Math.ceil(estimateTextWidth(label, 11)) + 12));
  const right = CLOSE_MONTH_WIDTH - MARGIN.right;
  const x = scaleBand<string>()
    .domain(series.months.map((month) => month.month))
    .range([left, right])
    .padding(0.2);
  const barWidth = Math.min(x.bandwidth(), MAX_BAR_WIDTH);
  const bars: CloseMonthBar[] = [];
  for (const layer of stack<CloseMonthAmount>().keys(PARTS)([...series.months])) {
    const part = PARTS.find((candidate) => candidate === layer.key) ?? 'blocked';
    for (const point of layer) {
      const height = y(point[0]) - y(point[1]);
      if (height <= 0) continue;
      const month = point.data;
      const deals = part === 'blocked' ? month.blockedDeals : month.notBlockedDeals;
      bars.push({
        month: month.month,
        part,
        x: (x(month.month) ?? 0) + (x.bandwidth() - barWidth) / 2,
        y: y(point[1]),
        width: barWidth,
        height,
        colour: CLOSE_MONTH_PART_COLOURS[part],
        description: words.say(part === 'blocked' ? 'close-month.segment-blocked' : 'close-month.segment-not-blocked', {
          month: monthLabel(month.month, locale),
          amount: compactAmount(month[part], series.currency, locale),
          deals: countOf(deals, words.deal, locale),
        }),
      });
    }
  }
  const labelEvery = Math.ceil(series.months.length / 12);
  const monthLabels = series.months
    .filter((_, index) => index % labelEvery === 0)
    .map((month) => ({
      month: month.month,
      x: (x(month.month) ?? 0) + x.bandwidth() / 2,
      y: CLOSE_MONTH_HEIGHT - MARGIN.bottom + 16,
      label: monthLabel(month.month, locale),
    }));
  const undated = series.undatedDeals > 0 ? countOf(series.undatedDeals, words.openDeal, locale) : null;
  return {
    width: CLOSE_MONTH_WIDTH,
    height: CLOSE_MONTH_HEIGHT,
    title: words.say('close-month.title'),
    note: closeMonthNoteText(series.currency, undated, words),
    empty: series.months.length === 0,
    gridLeft: left,
    gridRight: right,
    ticks: tickValues.map(({ tick, label }) => ({ y: y(tick), label })),
    bars,
    monthLabels,
    rows: series.months.map((month) => rowOf(month, series.currency, locale, words)),
    legend: [
      [CLOSE_MONTH_PART_COLOURS.blocked, words.say('close-month.legend-blocked')],
      [CLOSE_MONTH_PART_COLOURS.notBlocked, words.say('close-month.legend-not-blocked')],
    ],
  };
}
