// Amounts in the exports, formatted by the pack's language as the app formats them: "1,234,500 SEK", "1 234 500 SEK".
import type { DealmapIntl } from '../i18n/dealmap-intl';

/** Every fraction digit kept (amounts are what the deal file says), the currency code after the number. */
export function exportAmount(intl: DealmapIntl, amount: number, currency: string | null): string {
  const number = intl.formatNumber(amount, { maximumFractionDigits: 20 });
  return currency ? `${number} ${currency}` : number;
}
