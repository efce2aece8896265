// The next best actions for a deal, ranked once per deal version, review date and workspace settings.
import { rankDealActions, type NextAction } from '../../shared/actions';
import { shownActions } from '../../shared/actions/shown-actions';
import { lensScorecardOf } from '../scorecard/scorecard-of';
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';

/** How many actions the side panel offers. */
export const SHOWN_ACTIONS = 5;

interface CachedRanking {
  readonly asOf: string;
  readonly settings: WorkspaceSettings;
  readonly actions: readonly NextAction[];
}

const cache = new WeakMap<Deal, CachedRanking>();

/**
 * The first five of rankDealActions (one of them raising the scorecard's weakest link when any
 * action can, see shownActions), the same ranking `dealmap report` prints (lens candidates and
 * lens progress included). Ranking runs every candidate through what-if; a deal object is never
 * mutated, so it is ranked once.
 */
export function topNextActions(deal: Deal, asOf: string, settings: WorkspaceSettings): readonly NextAction[] {
  const hit = cache.get(deal);
  if (hit && hit.asOf === asOf && hit.settings === settings) return hit.actions;
  const actions = shownActions(rankDealActions(deal, { asOf, settings }), lensScorecardOf(deal, asOf, settings).weakestLink, SHOWN_ACTIONS);
  cache.set(deal, { asOf, settings, actions });
  return actions;
}
