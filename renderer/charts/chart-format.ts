// Number words for charts: compact money ("1.2M kr") and month names ("Jan 2027").
import type { CurrencyAmount } from '../../shared/pipeline';

/** `locale` is the chosen language's (intl.locale); without it, the browser's. */
export function formatCompactAmount(amount: number, currency: string | null, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
      ...(currency ? { style: 'currency', currency } : {}),
    }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency ?? ''}`.trim();
  }
}

/** "1.2M kr + €300K": one figure per currency, never added across; past `most`, "+ 3 more". */
export function formatCurrencyAmounts(amounts: readonly CurrencyAmount[], most = Infinity): string {
  const withMoney = amounts.filter((sum) => sum.amount > 0);
  if (withMoney.length === 0) return '—';
  const shown = withMoney.slice(0, most).map((sum) => formatCompactAmount(sum.amount, sum.currency));
  const rest = withMoney.length - shown.length;
  return rest > 0 ? `${shown.join(' + ')} + ${rest} more` : shown.join(' + ');
}

/** `2027-01` -> "Jan 2027". */
export function formatMonth(month: string, locale?: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function plural(count: number, word: string): string {
  return `${count.toLocaleString()} ${word}${count === 1 ? '' : 's'}`;
}
