// Money as the one-to-one pack says it: the reporting-currency total with the rates' date, the per-currency sums beside it.
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import { convertTotal, type ReportingCurrencySettings } from '../pipeline/reporting-currency';
import { formatAmount } from '../review/deal-changes';

export function perCurrency(amounts: readonly CurrencyAmount[]): string {
  return amounts.length === 0 ? '0' : amounts.map((sum) => formatAmount(sum.amount, sum.currency ?? 'no currency')).join(' + ');
}

/**
 * "1,480,000 EUR (rates of 2026-11-30; 480,000 SEK + 1,000,000 EUR)"; with deals whose currency has
 * no rate: "… not counted: 18,000,000 JPY (no rate)". Without a reporting currency: per currency only.
 */
export function moneyText(settings: ReportingCurrencySettings, amounts: readonly CurrencyAmount[]): string {
  const total = convertTotal(settings, amounts);
  if (total === null) return perCurrency(amounts);
  const counted = amounts.filter((sum) => !total.missing.includes(sum));
  const single = counted.length === 1 && counted[0]?.currency === total.currency;
  const beside = single || counted.length === 0 ? '' : perCurrency(counted);
  const dated = total.ratesDate === null ? '' : `rates of ${total.ratesDate}`;
  const missing = total.missing.map((sum) => `${formatAmount(sum.amount, sum.currency ?? 'no currency')} (no rate)`).join(' + ');
  const notes = [dated, beside, missing === '' ? '' : `not counted: ${missing}`].filter((part) => part !== '');
  return `${formatAmount(total.amount, total.currency)}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}
