// The review dates over which a deal qualifies as it does on one: the workspace index reuses a summary on every day of them.
import type { Deal } from '../model/deal-schema';
import { engineSettingsOf } from '../settings/engine-settings';
import { dayNumber, reviewDay } from './review-date';
import type { QualifyOptions } from './types';

/** Review days `[from, until)` as day numbers (review-date.ts); null is unbounded on that side. */
export type QualificationSpan = readonly [from: number | null, until: number | null];

/**
 * The review days on which qualifyDeal gives `deal` the stage, score, gaps (each gap's id, code and
 * severity) and lens verdicts it has on `options.asOf`; only texts that count days ("12 days
 * overdue") differ.
 *
 * Every rule compares a date with the review date at one of two thresholds (review-date.ts), and this
 * lists each date a rule reads: a date has passed from the day after it (the close date in
 * close-date-passed, the timeframe's date in BANT, process steps in MEDDPICC), and a
 * decision-maker's last contact is stale from `staleContactDays` + 1 days after it (the
 * stale-decision-maker gap, the score, MEDDPICC's champion). A rule reading a new date, or the review
 * date in a new way, must add its threshold here: qualification-span.property.test.ts checks the
 * span against qualifyDeal on random deals and days.
 */
export function qualificationSpan(deal: Deal, options: QualifyOptions): QualificationSpan {
  const asOfDay = reviewDay(options.asOf);
  // Whatever the status: a lost deal has no gaps, but its lens scorecard (the report shows it) still reads its dates.
  let from: number | null = null;
  let until: number | null = null;
  const threshold = (date: string | null | undefined, daysAfter: number): void => {
    const day = typeof date === 'string' ? dayNumber(date) : null;
    if (day === null) return;
    const flips = day + daysAfter;
    if (flips <= asOfDay) from = from === null ? flips : Math.max(from, flips);
    else until = until === null ? flips : Math.min(until, flips);
  };
  threshold(deal.closeDate, 1);
  threshold(deal.timeframe.date, 1);
  for (const step of deal.decisionProcess.steps) threshold(step.date, 1);
  for (const step of deal.paperProcess.steps) threshold(step.date, 1);
  const staleAfter = engineSettingsOf(options).staleContactDays + 1;
  for (const person of deal.stakeholders) if (person.role === 'decision-maker') threshold(person.lastContact, staleAfter);
  return [from, until];
}

/** True when review day `day` lies within `span`. */
export function withinSpan(span: QualificationSpan, day: number): boolean {
  const [from, until] = span;
  return (from === null || day >= from) && (until === null || day < until);
}
