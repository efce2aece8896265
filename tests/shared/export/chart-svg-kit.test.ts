// The exported charts' kit: fixed-locale amounts and months, and colours that still match the app's stylesheet.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, chartMonth, chartPlural, compactAmount } from '../../../shared/export/chart-svg-kit';

function colours(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(colours);
}

describe('chart-svg-kit', () => {
  it('writes compact amounts with the currency code after them, whatever the machine’s locale', () => {
    expect(compactAmount(0, 'SEK')).toBe('0 SEK');
    expect(compactAmount(950, null)).toBe('950');
    expect(compactAmount(250_000, 'SEK')).toBe('250K SEK');
    expect(compactAmount(1_234_567, 'EUR')).toBe('1.2M EUR');
    expect(compactAmount(999_960, 'SEK')).toBe('1M SEK');
    expect(compactAmount(3_500_000_000, null)).toBe('3.5B');
    expect(compactAmount(-48_000, 'USD')).toBe('-48K USD');
  });

  it('names months and counts in English', () => {
    expect(chartMonth('2027-01')).toBe('Jan 2027');
    expect(chartMonth('2026-12')).toBe('Dec 2026');
    expect(chartPlural(1, 'deal')).toBe('1 deal');
    expect(chartPlural(5000, 'deal')).toBe('5,000 deals');
  });

  it('uses only colours the app’s chart stylesheet uses, so the pack looks like the app', async () => {
    const styles = ['pipeline.css', 'base.css'].map((file) => readFile(new URL(`../../../renderer/styles/${file}`, import.meta.url), 'utf8'));
    const css = (await Promise.all(styles)).join('\n').toLowerCase();
    for (const colour of colours(CHART_COLOURS)) expect(css, colour).toContain(colour);
  });
});
