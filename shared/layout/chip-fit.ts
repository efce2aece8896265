// The type size at which a card's role and stance chips fit side by side, on the map and in its exported picture: a chip is never cut short or run past its card.
import { estimateTextWidth } from '../export/svg-text';

export interface ChipRow {
  /** The chips' full type size, and the smallest they shrink to, px. */
  readonly font: number;
  readonly minFont: number;
  /** A chip's padding on each side (its border included) and the gap between chips, px. */
  readonly padding: number;
  readonly gap: number;
  /** The width the chips share, px. */
  readonly room: number;
  /** How much wider than estimateTextWidth the text may set (symbols such as ★ and … run wide): 1 when the estimate is the measure. */
  readonly textScale?: number;
}

/** Chromium sets bold chip labels up to 9 % wider than estimateTextWidth (★ and … run wide): the map and its picture both count them so. */
export const CHROMIUM_TEXT_SCALE = 1.1;

/** One chip's width at `font`, its padding included, px. */
export function chipWidth(label: string, font: number, row: ChipRow): number {
  return Math.ceil(estimateTextWidth(label, font, true) * (row.textScale ?? 1) + 2 * row.padding);
}

/** Bold chip labels' width side by side at `font`, px. */
function rowWidth(labels: readonly string[], font: number, row: ChipRow): number {
  return labels.reduce((sum, label) => sum + chipWidth(label, font, row), 0) + row.gap * (labels.length - 1);
}

/** The largest font, in steps of 0.5 px from the full size, at which `labels` fit `row`; the smallest allowed when none does. */
export function chipFont(labels: readonly string[], row: ChipRow): number {
  for (let font = row.font; font > row.minFont; font -= 0.5) if (rowWidth(labels, font, row) <= row.room) return font;
  return row.minFont;
}
