// Reads the values CRM exports write: dates in ISO or locale form, amounts with symbols and separators, yes/no flags.

import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef, type MessageValue } from '../i18n/message-ref';

/** A cell read, or why not: `message` in English, `reason` the same as a message for the chosen language. */
export type CellValue<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly reason: MessageRef };

const ok = <T>(value: T): CellValue<T> => ({ ok: true, value });
function bad(kind: string, values: Readonly<Record<string, MessageValue>>): CellValue<never> {
  const reason = messageRef(`importing.reason.${kind}`, values);
  return { ok: false, message: renderMessage(dealmapIntl('en'), reason), reason };
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'ja', 'x', 'wahr']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'nej', 'nein', 'falsch']);

/** true/false, 1/0, yes/no in any case; an empty cell is false. */
export function readFlag(text: string): CellValue<boolean> {
  const word = text.trim().toLowerCase();
  if (word === '' || FALSE_WORDS.has(word)) return ok(false);
  if (TRUE_WORDS.has(word)) return ok(true);
  return bad('flag', { text });
}

/** The date as YYYY-MM-DD if the day exists in the calendar. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LOCALE_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?: [0-9:]+(?: ?[AaPp][Mm])?)?$/;

/** Day and month order of a slash date: only a part above 12 tells them apart. */
export function slashDateHint(text: string): 'month-first' | 'day-first' | 'either' | null {
  const match = LOCALE_DATE.exec(text.trim());
  if (match === null) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (match[2] === '.') return 'day-first';
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return 'either';
}

/**
 * A date as YYYY-MM-DD, a Salesforce datetime, or a report's locale date (12/31/2026, 31/12/2026,
 * 31.12.2026) read with `order`; two-digit years are 20xx.
 */
export function readDate(text: string, order: 'month-first' | 'day-first'): CellValue<string> {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date === null ? bad('no-such-day', { text }) : ok(date);
  }
  const local = LOCALE_DATE.exec(trimmed);
  if (local === null) return bad('date', { text });
  const first = Number(local[1]);
  const second = Number(local[3]);
  const yearText = local[4] ?? '';
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const dayFirst = local[2] === '.' || order === 'day-first';
  const date = dayFirst ? calendarDate(year, second, first) : calendarDate(year, first, second);
  return date === null ? bad('no-such-day-read', { text, order: dayFirst ? 'day' : 'month' }) : ok(date);
}

const CURRENCY_CODE = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/;
const SYMBOL_CODES: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', kr: 'SEK' };

export interface ReadAmount {
  readonly amount: number;
  /** The currency the cell named (`EUR 1,200.00`, `€1.200`), if it did. */
  readonly currency?: string;
}

/**
 * The number text with `.` as decimal point: with both `.` and `,` the last one is the decimal;
 * one kind alone groups thousands when it repeats or has exactly 3 digits after it (1,500 and 1.500 are 1500).
 */
function normalizeNumber(digits: string): string | null {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const parts = digits.split(decimal);
    if (parts.length !== 2) return null;
    return `${(parts[0] ?? '').replace(/[.,]/g, '')}.${parts[1] ?? ''}`;
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return digits;
  const parts = digits.split(separator);
  if (parts.length > 2 || parts[1]?.length === 3) return parts.join('');
  return `${parts[0] ?? ''}.${parts[1] ?? ''}`;
}

/** An amount >= 0 as CRM exports and reports write it: `1250000`, `1,250,000.00`, `1 250 000 kr`, `EUR 1.250.000,00`. */
export function readAmount(text: string): CellValue<ReadAmount> {
  let rest = text.replace(/[\u00a0\u202f\u2009']/g, ' ').trim();
  let currency: string | undefined;
  const code = CURRENCY_CODE.exec(rest);
  if (code !== null) {
    currency = code[1] ?? code[2];
    rest = rest.replace(CURRENCY_CODE, '').trim();
  }
  for (const [symbol, symbolCode] of Object.entries(SYMBOL_CODES)) {
    if (rest.startsWith(symbol) || rest.endsWith(symbol)) {
      currency ??= symbolCode;
      rest = (rest.startsWith(symbol) ? rest.slice(symbol.length) : rest.slice(0, -symbol.length)).trim();
    }
  }
  if (rest.startsWith('-')) return bad('negative-amount', { text });
  const digits = rest.replace(/ /g, '');
  if (!/^\d[\d.,]*$/.test(digits)) return bad('amount', { text });
  const normalized = normalizeNumber(digits);
  const amount = normalized === null ? Number.NaN : Number(normalized);
  if (!Number.isFinite(amount)) return bad('amount', { text });
  return ok(currency === undefined ? { amount } : { amount, currency });
}
