// Numbers, money and months of the charts through Intl, in the locale given: the app and the exports format alike.
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import { chartWords, type ChartWords } from './chart-words';

/** The locale of an export that names none: the pack reads the same on every machine. */
export const DEFAULT_CHART_LOCALE = 'en-GB';

const compactFormats = new Map<string, Intl.NumberFormat>();

function compactFormat(locale: string, currency: string | null): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  let format = compactFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      ...(currency ? { style: 'currency', currency } : {}),
    });
    compactFormats.set(key, format);
  }
  return format;
}

/** 1234567 SEK -> "SEK 1.2m" (en-GB), "1,2 mn kr" (sv-SE); a code Intl does not know is written after the figure. */
export function compactAmount(amount: number, currency: string | null, locale = DEFAULT_CHART_LOCALE): string {
  try {
    return compactFormat(locale, currency).format(amount);
  } catch {
    return `${compactFormat(locale, null).format(amount)} ${currency ?? ''}`.trim();
  }
}

/** "SEK 1.2m + €300k": one figure per currency, never added across; past `most`, "+ 3 more"; "—" for no money. */
export function currencyAmounts(amounts: readonly CurrencyAmount[], locale = DEFAULT_CHART_LOCALE, most = Infinity, words: ChartWords = chartWords()): string {
  const withMoney = amounts.filter((sum) => sum.amount > 0);
  if (withMoney.length === 0) return '—';
  const shown = withMoney.slice(0, most).map((sum) => compactAmount(sum.amount, sum.currency, locale));
  const rest = withMoney.length - shown.length;
  return rest > 0 ? `${shown.join(' + ')} + ${words.more(rest)}` : shown.join(' + ');
}

/** `2027-01` -> "Jan 2027" (en-GB), "jan. 2027" (sv-SE). */
export function monthLabel(month: string, locale = DEFAULT_CHART_LOCALE): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** 5000 -> "5,000" in the locale's grouping. */
export function countLabel(count: number, locale = DEFAULT_CHART_LOCALE): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** "1 deal", "5,000 deals": the count in the locale's digits, the word by its plural rules. */
export function countOf(count: number, noun: { readonly one: string; readonly other: string }, locale = DEFAULT_CHART_LOCALE): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? noun.one : noun.other;
  return `${countLabel(count, locale)} ${form}`;
}
