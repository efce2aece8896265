// Shared pieces of the exported pipeline charts: the app's chart colours, fixed-locale number words, and the standalone SVG frame.
import { escapeXml, estimateTextWidth, fitText, num } from './svg-text';

/**
 * The colours of the app's charts (renderer/styles/pipeline.css and base.css), written out because
 * an exported SVG carries no stylesheet. A test checks that each still appears in those files.
 */
export const CHART_COLOURS = {
  text: '#1d2433',
  muted: '#636b7a',
  background: '#ffffff',
  border: '#dde2ea',
  grid: '#e9ecf2',
  empty: '#f3f5f8',
  blocker: '#c92a2a',
  warning: '#e8890c',
  info: '#4dabf7',
  notBlocked: '#74c0fc',
  funnel: { lead: '#868e96', prospect: '#1971c2', qualified: '#2b8a3e', customer: '#6741d9', lost: '#adb5bd' },
} as const;

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2027-01` -> "Jan 2027": the app's words, in English whatever the machine's locale, so a pack reads the same everywhere. */
export function chartMonth(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

const AMOUNT_TIERS = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
  [1, ''],
] as const;

/** 1234567 -> "1.2M SEK": the app's compact money, with the currency code after it as the pack's tables write it. */
export function compactAmount(amount: number, currency: string | null): string {
  const size = Math.abs(amount);
  let tier = AMOUNT_TIERS.findIndex(([divisor]) => size >= divisor);
  if (tier < 0) tier = AMOUNT_TIERS.length - 1;
  const scaled = (index: number) => Math.round((amount / (AMOUNT_TIERS[index]?.[0] ?? 1)) * 10) / 10;
  // 999,950 would round to "1000K": one tier up reads "1M".
  if (Math.abs(scaled(tier)) >= 1000 && tier > 0) tier -= 1;
  const figure = `${scaled(tier)}${AMOUNT_TIERS[tier]?.[1] ?? ''}`;
  return currency ? `${figure} ${currency}` : figure;
}

export function chartPlural(count: number, word: string): string {
  const grouped = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${word}${count === 1 ? '' : 's'}`;
}

export interface ChartSvgOptions {
  /** Prefix of the ids inside the SVG; each chart on one HTML page needs its own. */
  readonly idPrefix?: string;
  /** Print the title and note inside the picture (default); off where the page prints them. */
  readonly heading?: boolean;
}

export interface ChartFrame {
  /** Prefix of the ids inside the SVG; each chart on one HTML page needs its own. */
  readonly idPrefix: string;
  readonly width: number;
  readonly height: number;
  /** The accessible name, also printed at the top when `heading` is on. */
  readonly title: string;
  /** The text alternative: what the chart shows, in words. */
  readonly description: string;
  readonly note: string;
  /** false when the page around the SVG prints the title and note itself. */
  readonly heading: boolean;
  readonly body: string;
}

/** Room the title and note take at the top of a standalone chart. */
export const CHART_HEADING_HEIGHT = 52;
export const CHART_PADDING = 16;

/** One standalone SVG: its title names it and its desc describes it for screen readers; a white card, the heading, then the body. */
export function chartSvg(frame: ChartFrame): string {
  const { idPrefix: prefix, width, height } = frame;
  const heading = frame.heading
    ? `<text x="${CHART_PADDING}" y="${CHART_PADDING + 14}" font-size="15" font-weight="700" fill="${CHART_COLOURS.text}">${escapeXml(fitText(frame.title, width - 2 * CHART_PADDING, 15, true))}</text>` +
      `<text x="${CHART_PADDING}" y="${CHART_PADDING + 32}" font-size="12" fill="${CHART_COLOURS.muted}">${escapeXml(fitText(frame.note, width - 2 * CHART_PADDING, 12))}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc">`,
    `<title id="${prefix}-title">${escapeXml(frame.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(frame.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${CHART_COLOURS.background}"/>`,
    `<g font-family="${escapeXml(CHART_FONT)}">`,
    heading,
    frame.body,
    '</g></svg>',
  ].join('\n');
}

/** A row of legend swatches at (x, y), each a colour and its words; returns the markup. */
export function chartLegend(x: number, y: number, items: readonly (readonly [colour: string | null, label: string])[]): string {
  let at = x;
  const parts: string[] = [];
  for (const [colour, label] of items) {
    if (colour !== null) {
      parts.push(`<rect x="${num(at)}" y="${num(y - 10)}" width="12" height="12" rx="3" fill="${colour}"/>`);
      at += 18;
    }
    parts.push(`<text x="${num(at)}" y="${num(y)}" font-size="12" fill="${colour === null ? CHART_COLOURS.muted : CHART_COLOURS.text}">${escapeXml(label)}</text>`);
    at += estimateTextWidth(label, 12) + 16;
  }
  return parts.join('');
}

/** The SVG as a file of its own: with the XML declaration, ending in a newline. */
export function svgFile(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
