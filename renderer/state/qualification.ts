// The engine's verdict on a deal, computed once per deal version, review date and workspace settings.
import { qualifyDeal } from '../../shared/engine';
import type { Qualification } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import type { EngineSettings } from '../../shared/settings/workspace-settings';

interface CachedQualification {
  readonly asOf: string;
  readonly settings: EngineSettings | undefined;
  readonly qualification: Qualification;
}

const cache = new WeakMap<Deal, CachedQualification>();

/**
 * Deals and settings are never mutated, so a deal object's qualification can be reused by every
 * pane while the review date and the settings object stay the same. No settings: the defaults.
 */
export function qualificationOf(deal: Deal, asOf: string, settings?: EngineSettings): Qualification {
  const hit = cache.get(deal);
  if (hit && hit.asOf === asOf && hit.settings === settings) return hit.qualification;
  const qualification = qualifyDeal(deal, settings ? { asOf, settings } : { asOf });
  cache.set(deal, { asOf, settings, qualification });
  return qualification;
}
