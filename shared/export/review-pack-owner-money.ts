// Money as the one-to-one pack says it: the reporting-currency total with the rates' date, the per-currency sums beside it.
import type { DealmapIntl } from '../i18n/dealmap-intl';
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import { convertTotal, type ReportingCurrencySettings } from '../pipeline/reporting-currency';
import { exportAmount } from './export-money';
import { packText } from './review-pack-owner-text';

/** An amount with its currency code, as the pack's language writes numbers: "480,000 SEK", "480 000 SEK". */
export function packAmount(intl: DealmapIntl, amount: number, currency: string | null): string {
  return exportAmount(intl, amount, currency ?? packText(intl, 'one-to-one.money.no-currency'));
}

export function perCurrency(intl: DealmapIntl, amounts: readonly CurrencyAmount[]): string {
  return amounts.length === 0 ? intl.formatNumber(0) : amounts.map((sum) => packAmount(intl, sum.amount, sum.currency)).join(' + ');
}

/**
 * "1,480,000 EUR (rates of 2026-11-30; 480,000 SEK + 1,000,000 EUR)"; with deals whose currency has
 * no rate: "… not counted: 18,000,000 JPY (no rate)". Without a reporting currency: per currency only.
 */
export function moneyText(intl: DealmapIntl, settings: ReportingCurrencySettings, amounts: readonly CurrencyAmount[]): string {
  const total = convertTotal(settings, amounts);
  if (total === null) return perCurrency(intl, amounts);
  const counted = amounts.filter((sum) => !total.missing.includes(sum));
  const single = counted.length === 1 && counted[0]?.currency === total.currency;
  const beside = single || counted.length === 0 ? '' : perCurrency(intl, counted);
  const dated = total.ratesDate === null ? '' : packText(intl, 'one-to-one.money.rates-of', { date: total.ratesDate });
  const missing = total.missing.map((sum) => packText(intl, 'one-to-one.money.no-rate', { amount: packAmount(intl, sum.amount, sum.currency) })).join(' + ');
  const notes = [dated, beside, missing === '' ? '' : packText(intl, 'one-to-one.money.not-counted', { amounts: missing })].filter((part) => part !== '');
  return `${packAmount(intl, total.amount, total.currency)}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}
