// Exchange rates from a CSV file or typed lines: every bad cell named by file, line and column.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import type { MessageRef } from '../../../shared/i18n/message-ref';
import { ratesText, readRatesCsv, readRatesText, type RatesReading } from '../../../shared/settings/read-rates-csv';

const words = (problems: readonly MessageRef[], language: 'en' | 'sv') => problems.map((problem) => renderMessage(dealmapIntl(language), problem));

/** The reading with its problems rendered in `language`. */
function inWords(reading: RatesReading, language: 'en' | 'sv' = 'en') {
  return reading.ok ? reading : { ...reading, problems: words(reading.problems, language) };
}

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
    const reading = inWords(readRatesCsv('currency,rate,date\nSEKK,0.1,2026-11-26\nUSD,-1,2026-11-25\nUSD,1,2026-11-26\n', 'rates.csv'));
    expect(reading).toEqual({
      ok: false,
      problems: [
        'rates.csv line 2, column currency: expected a three-letter code such as SEK, got "SEKK"',
        'rates.csv line 3, column rate: expected a number above 0, got "-1"',
        "rates.csv: the rates are of 2 different dates (2026-11-25, 2026-11-26); give one day's rates",
      ],
    });
    expect(inWords(readRatesCsv('code;value\n', 'x.csv'))).toEqual({ ok: false, problems: ['x.csv: no rates below the header line'] });
    expect(inWords(readRatesCsv('what,ever\nSEK,1\n', 'x.csv'))).toEqual({
      ok: false,
      problems: ['x.csv: the first line must name the columns currency and rate (and optionally date)'],
    });
  });

  it('round-trips the typed lines and names a bad line by its number', () => {
    expect(readRatesText(ratesText({ USD: 0.91, SEK: 0.087 }))).toEqual({ rates: { SEK: 0.087, USD: 0.91 }, problems: [] });
    const typed = readRatesText('sek = 0,087\n\nUSD\n');
    expect({ ...typed, problems: words(typed.problems, 'en') }).toEqual({
      rates: { SEK: 0.087 },
      problems: ['Line 3: expected a currency code and a rate above 0, such as "SEK 0.087", got "USD".'],
    });
  });

  it('names the same problems in Swedish, with file, line and column, and reads Swedish column names', () => {
    expect(readRatesCsv('Valuta;Kurs;Datum\nSEK;0,087;2026-11-26\n', 'kurser.csv')).toEqual({ ok: true, date: '2026-11-26', rates: { SEK: 0.087 } });
    const reading = inWords(readRatesCsv('currency,rate,date\nSEKK,0.1,2026-11-26\nUSD,-1,26/11/2026\nUSD,1,2026-11-26\n', 'kurser.csv'), 'sv');
    expect(reading).toEqual({
      ok: false,
      problems: [
        'kurser.csv rad 2, kolumnen valuta: skriv en kod med tre bokstäver, till exempel SEK. Här står ”SEKK”',
        'kurser.csv rad 3, kolumnen kurs: skriv ett tal över 0. Här står ”-1”',
        'kurser.csv rad 3, kolumnen datum: skriv datumet som ÅÅÅÅ-MM-DD. Här står ”26/11/2026”',
      ],
    });
    expect(inWords(readRatesCsv('what,ever\nSEK,1\n', 'x.csv'), 'sv')).toEqual({
      ok: false,
      problems: ['x.csv: första raden ska namnge kolumnerna currency (valuta) och rate (kurs), och gärna date (datum)'],
    });
    expect(words(readRatesText('USD').problems, 'sv')).toEqual(['Rad 1: skriv en valutakod och en kurs över 0, till exempel ”SEK 0.087”. Här står ”USD”.']);
  });
});
