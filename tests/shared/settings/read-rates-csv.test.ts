// Exchange rates from a CSV file or typed lines: every bad cell named by file, line and column.
import { describe, expect, it } from 'vitest';
import { ratesText, readRatesCsv, readRatesText } from '../../../shared/settings/read-rates-csv';

describe('reading exchange rates', () => {
  it('reads currency and rate columns in any order, with a date and a BOM, commas as decimal marks in ;-files', () => {
    expect(readRatesCsv('\uFEFFdate,rate,currency\n2026-11-26,0.087,sek\n2026-11-26,0.91,USD\n', 'rates.csv')).toEqual({
      ok: true,
      date: '2026-11-26',
      rates: { SEK: 0.087, USD: 0.91 },
    });
    expect(readRatesCsv('Currency;Rate\nSEK;0,087\n', 'rates.csv')).toEqual({ ok: true, date: null, rates: { SEK: 0.087 } });
  });

  it('names every bad cell and refuses rates of several days', () => {
    const reading = readRatesCsv('currency,rate,date\nSEKK,0.1,2026-11-26\nUSD,-1,2026-11-25\nUSD,1,2026-11-26\n', 'rates.csv');
    expect(reading).toEqual({
      ok: false,
      problems: [
        'rates.csv line 2, column currency: expected a three-letter code such as SEK, got "SEKK"',
        'rates.csv line 3, column rate: expected a number above 0, got "-1"',
        "rates.csv: the rates are of 2 different dates (2026-11-25, 2026-11-26); give one day's rates",
      ],
    });
    expect(readRatesCsv('code;value\n', 'x.csv')).toEqual({ ok: false, problems: ['x.csv: no rates below the header line'] });
    expect(readRatesCsv('what,ever\nSEK,1\n', 'x.csv')).toEqual({
      ok: false,
      problems: ['x.csv: the first line must name the columns currency and rate (and optionally date)'],
    });
  });

  it('round-trips the typed lines and names a bad line by its number', () => {
    expect(readRatesText(ratesText({ USD: 0.91, SEK: 0.087 }))).toEqual({ rates: { SEK: 0.087, USD: 0.91 }, problems: [] });
    expect(readRatesText('sek = 0,087\n\nUSD\n')).toEqual({
      rates: { SEK: 0.087 },
      problems: ['Line 3: expected a currency code and a rate above 0, such as "SEK 0.087", got "USD"'],
    });
  });
});
