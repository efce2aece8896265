// Reads a CSV of exchange rates (columns currency, rate and optionally date) into the settings' rates, naming every bad cell.
import { parse } from 'csv-parse/browser/esm/sync';
import { sniffDelimiter } from '../import/sniff-delimiter';

export type RatesReading =
  | { readonly ok: true; readonly date: string | null; readonly rates: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly problems: readonly string[] };

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
    return { ok: false, problems: [`${fileName}: not a readable CSV (${error instanceof Error ? error.message : String(error)})`] };
  }
  const [headers = [], ...rows] = records;
  const currencyAt = column(headers, 'currency', 'code', 'iso');
  const rateAt = column(headers, 'rate', 'exchange rate', 'value');
  const dateAt = column(headers, 'date', 'as of');
  if (currencyAt < 0 || rateAt < 0) return { ok: false, problems: [`${fileName}: the first line must name the columns currency and rate (and optionally date)`] };
  const problems: string[] = [];
  const rates: Record<string, number> = {};
  const dates = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const code = (row[currencyAt] ?? '').toUpperCase();
    const rawRate = (row[rateAt] ?? '').replace(',', '.');
    const rate = Number(rawRate);
    if (!CURRENCY.test(code)) problems.push(`${fileName} line ${line}, column currency: expected a three-letter code such as SEK, got "${row[currencyAt] ?? ''}"`);
    else if (Object.hasOwn(rates, code)) problems.push(`${fileName} line ${line}, column currency: ${code} is given twice`);
    if (rawRate === '' || !Number.isFinite(rate) || rate <= 0) problems.push(`${fileName} line ${line}, column rate: expected a number above 0, got "${row[rateAt] ?? ''}"`);
    else if (CURRENCY.test(code)) rates[code] = rate;
    if (dateAt >= 0) {
      const date = row[dateAt] ?? '';
      if (!DATE.test(date)) problems.push(`${fileName} line ${line}, column date: expected a date written YYYY-MM-DD, got "${date}"`);
      else dates.add(date);
    }
  });
  if (dates.size > 1) problems.push(`${fileName}: the rates are of ${dates.size} different dates (${[...dates].sort().join(', ')}); give one day's rates`);
  if (rows.length === 0) problems.push(`${fileName}: no rates below the header line`);
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
export function readRatesText(text: string): { readonly rates: Record<string, number>; readonly problems: readonly string[] } {
  const rates: Record<string, number> = {};
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^([A-Za-z]{3})\s*[=:,;\s]\s*([0-9]*[.,]?[0-9]+)$/.exec(line);
    const rate = match ? Number((match[2] ?? '').replace(',', '.')) : Number.NaN;
    if (!match || !(rate > 0)) problems.push(`Line ${index + 1}: expected a currency code and a rate above 0, such as "SEK 0.087", got "${line}"`);
    else rates[(match[1] ?? '').toUpperCase()] = rate;
  });
  return { rates, problems };
}
