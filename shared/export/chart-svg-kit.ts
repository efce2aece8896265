// The standalone SVG frame of the exported pipeline charts; colours, scales and words come from shared/charts.
import { CHART_COLOURS } from '../charts/chart-colours';
import { DEFAULT_CHART_LOCALE } from '../charts/chart-format';
import { chartWords, type ChartWords } from '../charts/chart-words';
import { dealmapIntl } from '../i18n/dealmap-intl';
import { INTL_LOCALES, type Language } from '../i18n/languages';
import { escapeXml, estimateTextWidth, fitText, num } from './svg-text';

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export interface ChartSvgOptions {
  /** Prefix of the ids inside the SVG; each chart on one HTML page needs its own. */
  readonly idPrefix?: string;
  /** Print the title and note inside the picture (default); off where the page prints them. */
  readonly heading?: boolean;
  /** The locale of numbers, money and months; the language's locale, or en-GB when neither is given. */
  readonly locale?: string;
  /** The language of the chart's words (the pack's); English when absent. */
  readonly language?: Language;
}

/** The locale and words a chart is drawn in, from its options. */
export function chartLanguage(options: ChartSvgOptions): { readonly locale: string; readonly words: ChartWords } {
  const language = options.language ?? 'en';
  return {
    locale: options.locale ?? (options.language === undefined ? DEFAULT_CHART_LOCALE : INTL_LOCALES[language]),
    words: chartWords(dealmapIntl(language)),
  };
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
