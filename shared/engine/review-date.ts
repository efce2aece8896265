// Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so the local time zone never moves a date.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A decision-maker last contacted more than this many days before the review date is stale. */
export const STALE_AFTER_DAYS = 30;

/** Days since 1970-01-01 of a real calendar date written `YYYY-MM-DD`, else null (also for 2026-02-30). */
export function dayNumber(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  // setUTCFullYear, unlike Date.UTC, does not map the years 0 to 99 onto 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    return null;
  }
  return Math.round(date.getTime() / DAY_MS);
}

/** The review date as a day number; a malformed date is a caller's bug, so it throws. */
export function reviewDay(asOf: string): number {
  const day = dayNumber(asOf);
  if (day === null) {
    throw new RangeError(`asOf must be a real date written YYYY-MM-DD, got "${asOf}"`);
  }
  return day;
}

/**
 * True when `lastContact` is a real date at most STALE_AFTER_DAYS before the review day (a later
 * date counts as recent). Shared by the stale-decision-maker gap and the score, so they agree.
 */
export function contactedRecently(lastContact: string | null | undefined, asOfDay: number): boolean {
  const contactDay = typeof lastContact === 'string' ? dayNumber(lastContact) : null;
  return contactDay !== null && asOfDay - contactDay <= STALE_AFTER_DAYS;
}
