// Calendar helpers for generated deals: every date is relative to a fixed base day, never the clock.

import { dayNumber } from '../../../shared/engine/review-date';
import { slugify as sharedSlugify } from '../../../shared/model/slug';

const DAY_MS = 86_400_000;
/** Day number -> `YYYY-MM-DD`; a run touches a few hundred days, and Date formatting dominated generation. */
const formattedDays = new Map<number, string>();

/** `YYYY-MM-DD` moved by `days` (negative for the past), in UTC calendar days. */
export function shiftDay(day: string, days: number): string {
  const start = dayNumber(day);
  if (start === null) throw new RangeError(`expected a date as YYYY-MM-DD, got "${day}"`);
  const target = start + days;
  let text = formattedDays.get(target);
  if (text === undefined) {
    text = new Date(target * DAY_MS).toISOString().slice(0, 10);
    formattedDays.set(target, text);
  }
  return text;
}

/** An ISO timestamp on `day` at the given hour and minute (UTC). */
export function timestampOn(day: string, hour: number, minute: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

const slugs = new Map<string, string>();

/** The shared slug, remembered: the generator slugs the same few hundred names thousands of times (`Søren Østergaard` -> `soren-ostergaard`). */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = sharedSlugify(text, Number.POSITIVE_INFINITY);
    slugs.set(text, slug);
  }
  return slug;
}

/** Rounds to two significant digits, as people quote deal sizes (482,317 -> 480,000). */
export function roundAmount(amount: number): number {
  if (amount <= 0) return 0;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(amount)) - 1);
  return Math.round(amount / scale) * scale;
}
