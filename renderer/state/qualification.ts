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
