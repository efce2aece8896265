// Small builders for the demo deals: dates relative to the seeding day, relations, deal defaults.
import {
  DEAL_SCHEMA_VERSION,
  emptyQualificationFields,
  type Deal,
  type QualificationFields,
  type Relation,
} from '../../../shared/model/deal-schema';

/** The day the demo is seeded; every date in it is relative to this, so staleness stays meaningful. */
export interface DemoCalendar {
  /** `YYYY-MM-DD`, local date. */
  readonly today: string;
  /** ISO timestamp written as each demo deal's `updatedAt`. */
  readonly updatedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` plus `days` (negative for the past), in calendar days. */
export function shiftDate(date: string, days: number): string {
  const start = Date.parse(`${date}T00:00:00.000Z`);
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBefore(date: string, days: number): string {
  return shiftDate(date, -days);
}

export function daysAfter(date: string, days: number): string {
  return shiftDate(date, days);
}

export function reportsTo(from: string, to: string): Relation {
  return { id: `reports-${from}-${to}`, from, to, kind: 'reports-to' };
}

export function influences(from: string, to: string, strength: 1 | 2 | 3): Relation {
  return { id: `influences-${from}-${to}`, from, to, kind: 'influences', strength };
}

type DemoDealKey =
  | 'id' | 'name' | 'account' | 'owner' | 'amount' | 'currency' | 'closeDate' | 'status'
  | 'need' | 'valueCase' | 'stakeholders' | 'relations' | 'referrals';
/**
 * Everything but the bookkeeping fields; Pick, since Omit loses the keys of a loose zod type. The
 * v2 qualification fields and the lens are optional: what a deal leaves out stays empty.
 */
export type DemoDealFields = Pick<Deal, DemoDealKey> & Partial<Pick<Deal, 'lens' | 'forecastCategory' | keyof QualificationFields>>;

/** A demo deal as first written: revision 1 and no layout, so the app lays it out itself. */
export function demoDeal(fields: DemoDealFields, calendar: DemoCalendar): Deal {
  return {
    schemaVersion: DEAL_SCHEMA_VERSION,
    ...emptyQualificationFields(),
    ...fields,
    revision: 1,
    updatedAt: calendar.updatedAt,
  };
}
