// One currency to talk in: per-currency sums converted at the workspace's dated rates, the unconvertible named.
import type { ExchangeRates } from '../settings/exchange-rates-schema';
import type { CurrencyAmount } from './currency-amounts';

/** What conversion reads: the workspace settings' two fields. */
export interface ReportingCurrencySettings {
  readonly reportingCurrency?: string | undefined;
  readonly exchangeRates?: ExchangeRates | undefined;
}

/** A total in the reporting currency, and what could not go into it. */
export interface ConvertedTotal {
  readonly currency: string;
  /** The sum of every amount that has a rate (the reporting currency itself at 1). */
  readonly amount: number;
  /** The rates' date; null when only the reporting currency itself was summed (no rate used). */
  readonly ratesDate: string | null;
  /** Deals counted in `amount`. */
  readonly deals: number;
  /** Per-currency sums left out: no rate for their currency, or no currency at all. Never counted 1:1. */
  readonly missing: readonly CurrencyAmount[];
}

/** The rate of one currency into the reporting one: 1 for itself, undefined without a rate. */
export function rateOf(settings: ReportingCurrencySettings, currency: string | null): number | undefined {
  if (currency === null || settings.reportingCurrency === undefined) return undefined;
  if (currency === settings.reportingCurrency) return 1;
  const rate = settings.exchangeRates?.rates[currency];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** One amount in the reporting currency; null when it has no rate (or no reporting currency is set). */
export function convertAmount(settings: ReportingCurrencySettings, amount: number | null, currency: string | null): number | null {
  const rate = rateOf(settings, currency);
  return rate === undefined || amount === null ? null : amount * rate;
}

/** Null when the workspace has no reporting currency: then figures stay per currency. */
export function convertTotal(settings: ReportingCurrencySettings, sums: readonly CurrencyAmount[]): ConvertedTotal | null {
  const currency = settings.reportingCurrency;
  if (currency === undefined) return null;
  let amount = 0;
  let deals = 0;
  let usedRate = false;
  const missing: CurrencyAmount[] = [];
  for (const sum of sums) {
    const rate = rateOf(settings, sum.currency);
    if (rate === undefined) {
      missing.push(sum);
      continue;
    }
    if (sum.currency !== currency) usedRate = true;
    amount += sum.amount * rate;
    deals += sum.deals;
  }
  return { currency, amount: Math.round(amount), ratesDate: usedRate ? (settings.exchangeRates?.date ?? null) : null, deals, missing };
}

/** "1,234,000 EUR (rates of 2026-11-30)"; what was left out follows in words, by the caller's formatter. */
export function missingRatesText(total: ConvertedTotal): string {
  if (total.missing.length === 0) return '';
  const parts = total.missing.map((sum) => `${sum.deals} ${sum.deals === 1 ? 'deal' : 'deals'} in ${sum.currency ?? 'no currency'}`);
  return `Not in the total, no rate to ${total.currency}: ${parts.join(', ')}.`;
}
