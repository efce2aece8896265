// chipFont: the largest type at which a card's two chips fit side by side, never below the floor.
import { describe, expect, it } from 'vitest';
import { chipFont, chipWidth, type ChipRow } from '../../../shared/layout/chip-fit';

const ROW: ChipRow = { font: 11, minFont: 8, padding: 8, gap: 4, room: 193 };

/** The row's width at `font`, as the function counts it. */
function width(labels: readonly string[], font: number, row: ChipRow): number {
  return labels.reduce((sum, label) => sum + chipWidth(label, font, row), 0) + row.gap * (labels.length - 1);
}

describe('chipFont', () => {
  it('keeps the full size for a pair that fits', () => {
    expect(chipFont(['User', '○ Neutral'], ROW)).toBe(11);
  });

  it('sets a long pair in the largest half-pixel step that fits, and one step larger would not', () => {
    const labels = ['Initiator', '… Stance unknown'];
    const font = chipFont(labels, ROW);
    expect(font).toBeLessThan(11);
    expect(font).toBeGreaterThan(ROW.minFont);
    expect(width(labels, font, ROW)).toBeLessThanOrEqual(ROW.room);
    expect(width(labels, font + 0.5, ROW)).toBeGreaterThan(ROW.room);
  });

  it('never goes below the floor, even when nothing fits', () => {
    expect(chipFont(['Decision-maker', '… Stance unknown'], { ...ROW, room: 40 })).toBe(8);
  });

  it('counts text wider than the estimate when told to, so a pair that just fits is set smaller', () => {
    const labels = ['Role unknown', '★ Champion'];
    expect(chipFont(labels, ROW)).toBe(11);
    expect(chipFont(labels, { ...ROW, textScale: 1.1 })).toBeLessThan(11);
  });
});
