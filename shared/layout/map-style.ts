// The map's colours, stance symbols and arrow sizes, once: the app's React map and the exported SVG both paint with these.
import type { StakeholderStance } from '../model/vocabulary';
import type { ArrowheadSize } from './route-arrow';

/**
 * Each stance's colours: strong for the card's stripe and the chip's word, soft for the chip behind
 * it. renderer/styles/base.css holds the same values as `--<stance>` and `--<stance>-soft` (a test
 * checks they agree).
 */
export const STANCE_COLOURS: Readonly<Record<StakeholderStance, { readonly strong: string; readonly soft: string }>> = {
  champion: { strong: '#237a36', soft: '#ebfbee' },
  supporter: { strong: '#0c8599', soft: '#e3fafc' },
  neutral: { strong: '#6c757d', soft: '#f1f3f5' },
  skeptic: { strong: '#d9480f', soft: '#fff4e6' },
  saboteur: { strong: '#c92a2a', soft: '#fff5f5' },
  unknown: { strong: '#868e96', soft: '#f8f9fa' },
};

/** A symbol beside the stance word, so stance never reads by colour alone (greyscale prints, colour-blind users). */
export const STANCE_SYMBOLS: Readonly<Record<StakeholderStance, string>> = {
  champion: '★',
  supporter: '✓',
  neutral: '○',
  skeptic: '?',
  saboteur: '✕',
  unknown: '…',
};

/** The map's other colours; the card's text colours are the app's `--text`, `--text-muted` and `--border`. */
export const MAP_COLOURS = {
  text: '#1d2433',
  muted: '#636b7a',
  border: '#dde2ea',
  highlight: '#f59f00',
  influence: '#3b5bdb',
  /** A saboteur's influence, and every relation on its path to a decision-maker. */
  hostile: '#c92a2a',
  hostileSoft: '#fff5f5',
  reportsTo: '#a3acba',
} as const;

/** An influence arrow's stroke by strength (1 weak to 3 strong). */
export const INFLUENCE_STROKE_WIDTHS: Readonly<Record<number, number>> = { 1: 1.5, 2: 3, 3: 4.5 };

/** Heads grow with the stroke, so even a weak influence reads as an arrow. */
export const INFLUENCE_HEAD_SIZES: Readonly<Record<number, ArrowheadSize>> = {
  1: { length: 11, width: 10 },
  2: { length: 13, width: 13 },
  3: { length: 15, width: 16 },
};

/** Strength outside 1 to 3 (never in a valid file) draws as weak. */
export function influenceStrokeWidth(strength: number): number {
  return INFLUENCE_STROKE_WIDTHS[strength] ?? 1.5;
}

export function influenceHeadSize(strength: number): ArrowheadSize {
  return INFLUENCE_HEAD_SIZES[strength] ?? { length: 11, width: 10 };
}
