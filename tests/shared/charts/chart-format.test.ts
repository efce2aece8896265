// The charts' numbers through Intl, in the locale asked: the app and the exports write money and months alike.
import { describe, expect, it } from 'vitest';
import { compactAmount, countOf, currencyAmounts, monthLabel } from '../../../shared/charts/chart-format';
import { chartWords } from '../../../shared/charts/chart-words';
import { dealmapIntl } from '../../../shared/i18n';

describe('chart formats', () => {
  it('writes compact money as Intl does in the locale, en-GB when none is given', () => {
    expect(compactAmount(1_234_567, 'SEK')).toBe(new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency: 'SEK' }).format(1_234_567));
    expect(compactAmount(250_000, 'EUR')).toBe('€250k');
    expect(compactAmount(950, null)).toBe('950');
    expect(compactAmount(1_234_567, 'SEK', 'sv-SE')).toBe('1,2\u00a0mn\u00a0kr');
    expect(compactAmount(1_000, 'XYZ1')).toBe('1k XYZ1');
  });

  it('keeps currencies apart and says how many more there are', () => {
    const amounts = [
      { currency: 'SEK', amount: 480_000, deals: 2 },
      { currency: 'EUR', amount: 30_000, deals: 1 },
      { currency: 'USD', amount: 5_000, deals: 1 },
    ];
    expect(currencyAmounts(amounts, 'en-GB', 2)).toBe('SEK\u00a0480k + €30k + 1 more');
    expect(currencyAmounts([], 'en-GB')).toBe('—');
  });

  it('names months and counts in the locale', () => {
    expect(monthLabel('2027-01')).toBe('Jan 2027');
    expect(monthLabel('2027-01', 'sv-SE')).toBe('jan. 2027');
    expect(countOf(1, chartWords().deal)).toBe('1 deal');
    expect(countOf(5000, chartWords().deal)).toBe('5,000 deals');
    expect(countOf(5000, chartWords().deal, 'sv-SE')).toBe('5\u00a0000 deals');
  });

  it('counts and says "more" in Swedish with the Swedish words', () => {
    const swedish = chartWords(dealmapIntl('sv'));
    expect(countOf(1, swedish.deal, 'sv-SE')).toBe('1 affär');
    expect(countOf(5000, swedish.deal, 'sv-SE')).toBe('5\u00a0000 affärer');
    const amounts = [
      { currency: 'SEK', amount: 480_000, deals: 2 },
      { currency: 'EUR', amount: 30_000, deals: 1 },
    ];
    expect(currencyAmounts(amounts, 'sv-SE', 1, swedish)).toMatch(/ \+ 1 till$/);
  });
});
