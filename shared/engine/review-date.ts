// Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so the local time zone never moves a date.
import { DEFAULT_STALE_CONTACT_DAYS } from '../settings/engine-settings';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A decision-maker last contacted more than this many days before the review date is stale, unless
 * the workspace settings say otherwise (`staleContactDays`).
 */
export const STALE_AFTER_DAYS = DEFAULT_STALE_CONTACT_DAYS;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days since 1970-01-01 of a real calendar date written `YYYY-MM-DD`, else null (also for 2026-02-30).
 * Plain arithmetic (Howard Hinnant's days-from-civil), no Date objects: the engine calls this for
 * every decision-maker of every deal, and Date construction dominated the pipeline's cost.
 */
export function dayNumber(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthLength) return null;
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
 * True when `lastContact` is a real date at most `staleAfterDays` before the review day (a later
 * date counts as recent). Shared by the stale-decision-maker gap and the score, so they agree.
 */
export function contactedRecently(
  lastContact: string | null | undefined,
  asOfDay: number,
  staleAfterDays: number = STALE_AFTER_DAYS,
): boolean {
  const contactDay = typeof lastContact === 'string' ? dayNumber(lastContact) : null;
  return contactDay !== null && asOfDay - contactDay <= staleAfterDays;
}
