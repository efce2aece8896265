// Dates, numbers and money in the chosen language's locale; ISO dates stay ISO inside the app.
import type { DealmapIntl } from '../../shared/i18n';

/** "30/06/2026" in English (en-GB), "2026-06-30" in Swedish; the ISO text when it is no date. */
export function formatIsoDate(intl: DealmapIntl, iso: string): string {
  const date = isoToUtc(iso);
  if (date === null) return iso;
  return intl.formatDate(date, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

/** A moment (an ISO timestamp) as date and time in the locale, in the user's time zone. */
export function formatMoment(intl: DealmapIntl, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return intl.formatDate(date, { dateStyle: 'short', timeStyle: 'short' });
}

/** "480 000 kr" in the locale; a plain number when the deal has no currency, a dash when no amount. */
export function formatAmount(intl: DealmapIntl, amount: number | undefined | null, currency: string | undefined | null): string {
  if (amount === undefined || amount === null) return '—';
  try {
    return intl.formatNumber(amount, currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 0 });
  } catch {
    return `${intl.formatNumber(amount)} ${currency ?? ''}`.trim();
  }
}

export function isoToUtc(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * Reads a date typed the locale's way ("30/06/2026", "2026-06-30") or as ISO; four digits first
 * always read as year-month-day. Null when it is no calendar date.
 */
export function parseLocaleDate(intl: DealmapIntl, text: string): string | null {
  const numbers = text.trim().split(/\D+/).filter((part) => part !== '');
  if (numbers.length !== 3) return null;
  let order: readonly ('year' | 'month' | 'day')[];
  if ((numbers[0] ?? '').length === 4) order = ['year', 'month', 'day'];
  else order = localeDateOrder(intl);
  const parts: Partial<Record<'year' | 'month' | 'day', string>> = {};
  order.forEach((name, index) => (parts[name] = numbers[index]));
  const { year, month, day } = parts;
  if (year?.length !== 4 || month === undefined || day === undefined || month.length > 2 || day.length > 2) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoToUtc(iso) === null ? null : iso;
}

function localeDateOrder(intl: DealmapIntl): readonly ('year' | 'month' | 'day')[] {
  const parts = intl.formatDateToParts(Date.UTC(2026, 10, 22), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  const order = parts.map((part) => part.type).filter((type): type is 'year' | 'month' | 'day' => type === 'year' || type === 'month' || type === 'day');
  return order.length === 3 ? order : ['year', 'month', 'day'];
}
