// The open deal's lens scorecard, computed once per deal version, review date and workspace settings.
import { lensFor, scoreLens, type LensScorecard } from '../../shared/lenses';
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';

interface CachedScorecard {
  readonly asOf: string;
  readonly settings: WorkspaceSettings;
  readonly scorecard: LensScorecard;
}

const cache = new WeakMap<Deal, CachedScorecard>();

/** Deals and settings are never mutated, so an identical pair can reuse the scorecard. */
export function lensScorecardOf(deal: Deal, asOf: string, settings: WorkspaceSettings): LensScorecard {
  const hit = cache.get(deal);
  if (hit && hit.asOf === asOf && hit.settings === settings) return hit.scorecard;
  const scorecard = scoreLens(deal, lensFor(deal, settings), { asOf, settings });
  cache.set(deal, { asOf, settings, scorecard });
  return scorecard;
}
