// Number words for the pipeline's figures: the charts' Intl formats from shared/charts, in the page's locale when given.
import { compactAmount, currencyAmounts, monthLabel } from '../../shared/charts/chart-format';
import type { CurrencyAmount } from '../../shared/pipeline';

/** The browser's own locale, for callers that do not pass the page's language yet. */
const browserLocale = (): string => new Intl.NumberFormat().resolvedOptions().locale;

export function formatCompactAmount(amount: number, currency: string | null, locale?: string): string {
  return compactAmount(amount, currency, locale ?? browserLocale());
}

/** "SEK 1.2m + €300k": one figure per currency, never added across; past `most`, "+ 3 more". */
export function formatCurrencyAmounts(amounts: readonly CurrencyAmount[], most = Infinity, locale?: string): string {
  return currencyAmounts(amounts, locale ?? browserLocale(), most);
}

/** `2027-01` -> "Jan 2027". */
export function formatMonth(month: string, locale?: string): string {
  return monthLabel(month, locale ?? browserLocale());
}
