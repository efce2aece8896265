// The engine's verdict on a deal, computed once per deal version and review date.
import { qualifyDeal } from '../../shared/engine';
import type { Qualification } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';

const cache = new WeakMap<Deal, { asOf: string; qualification: Qualification }>();

/** Deals are never mutated, so a deal object's qualification can be reused by every pane. */
export function qualificationOf(deal: Deal, asOf: string): Qualification {
  const hit = cache.get(deal);
  if (hit && hit.asOf === asOf) return hit.qualification;
  const qualification = qualifyDeal(deal, { asOf });
  cache.set(deal, { asOf, qualification });
  return qualification;
}

/** Today's date on the user's calendar, `YYYY-MM-DD`: the review date of the live app. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
