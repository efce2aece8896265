// Reads a CSV of exchange rates (columns currency, rate and optionally date) into the settings' rates, naming every bad cell.
import { parse } from 'csv-parse/browser/esm/sync';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { sniffDelimiter } from '../import/sniff-delimiter';

export type RatesReading =
  | { readonly ok: true; readonly date: string | null; readonly rates: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly problems: readonly MessageRef[] };

const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function column(headers: readonly string[], ...names: string[]): number {
  return headers.findIndex((header) => names.includes(header.trim().toLowerCase()));
}

/**
 * `rate` is what one unit of the row's currency is worth in the reporting currency. A date column,
 * when there is one, must hold the same date on every row: the rates are shown as of one day.
 */
export function readRatesCsv(text: string, fileName: string): RatesReading {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: sniffDelimiter(text) }) as string[][];
  } catch (error) {
    return { ok: false, problems: [messageRef('settings.csv.unreadable', { file: fileName, reason: error instanceof Error ? error.message : String(error) })] };
  }
  const [headers = [], ...rows] = records;
  const currencyAt = column(headers, 'currency', 'code', 'iso', 'valuta');
  const rateAt = column(headers, 'rate', 'exchange rate', 'value', 'kurs', 'växelkurs');
  const dateAt = column(headers, 'date', 'as of', 'datum');
  if (currencyAt < 0 || rateAt < 0) return { ok: false, problems: [messageRef('settings.csv.columns', { file: fileName })] };
  const problems: MessageRef[] = [];
  const rates: Record<string, number> = {};
  const dates = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const code = (row[currencyAt] ?? '').toUpperCase();
    const rawRate = (row[rateAt] ?? '').replace(',', '.');
    const rate = Number(rawRate);
    const at = { file: fileName, line };
    if (!CURRENCY.test(code)) problems.push(messageRef('settings.csv.currency', { ...at, value: row[currencyAt] ?? '' }));
    else if (Object.hasOwn(rates, code)) problems.push(messageRef('settings.csv.twice', { ...at, code }));
    if (rawRate === '' || !Number.isFinite(rate) || rate <= 0) problems.push(messageRef('settings.csv.rate', { ...at, value: row[rateAt] ?? '' }));
    else if (CURRENCY.test(code)) rates[code] = rate;
    if (dateAt >= 0) {
      const date = row[dateAt] ?? '';
      if (!DATE.test(date)) problems.push(messageRef('settings.csv.date', { ...at, value: date }));
      else dates.add(date);
    }
  });
  if (dates.size > 1) problems.push(messageRef('settings.csv.dates', { file: fileName, count: dates.size, dates: [...dates].sort().join(', ') }));
  if (rows.length === 0) problems.push(messageRef('settings.csv.empty', { file: fileName }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, date: [...dates][0] ?? null, rates };
}

/** The rates as the settings dialog shows them to edit: one `SEK 0.087` per line, by code. */
export function ratesText(rates: Readonly<Record<string, number>>): string {
  return Object.keys(rates)
    .sort()
    .map((code) => `${code} ${rates[code] ?? ''}`)
    .join('\n');
}

/** The dialog's lines back into rates; a line that is not `CODE rate` is named by its number. */
export function readRatesText(text: string): { readonly rates: Record<string, number>; readonly problems: readonly MessageRef[] } {
  const rates: Record<string, number> = {};
  const problems: MessageRef[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^([A-Za-z]{3})\s*[=:,;\s]\s*([0-9]*[.,]?[0-9]+)$/.exec(line);
    const rate = match ? Number((match[2] ?? '').replace(',', '.')) : Number.NaN;
    if (!match || !(rate > 0)) problems.push(messageRef('settings.rates.line', { line: index + 1, text: line }));
    else rates[(match[1] ?? '').toUpperCase()] = rate;
  });
  return { rates, problems };
}
