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

/** The ranking already made for this deal object, date and settings, without ranking it. */
export function rankedAlready(deal: Deal, asOf: string, settings: WorkspaceSettings): readonly NextAction[] | undefined {
  const hit = cache.get(deal);
  return hit && hit.asOf === asOf && hit.settings === settings ? hit.actions : undefined;
}

/** Keeps a ranking made elsewhere (the ranking worker) for this deal object, as if ranked here. */
export function rememberRanking(deal: Deal, asOf: string, settings: WorkspaceSettings, actions: readonly NextAction[]): void {
  cache.set(deal, { asOf, settings, actions });
}

/**
 * The first five of rankDealActions (one of them raising the scorecard's weakest link when any
 * action can, see shownActions), the same ranking `dealmap report` prints (lens candidates and
 * lens progress included). Ranking runs every candidate through what-if; a deal object is never
 * mutated, so it is ranked once.
 */
export function topNextActions(deal: Deal, asOf: string, settings: WorkspaceSettings): readonly NextAction[] {
  const hit = rankedAlready(deal, asOf, settings);
  if (hit) return hit;
  const actions = shownActions(rankDealActions(deal, { asOf, settings }), lensScorecardOf(deal, asOf, settings).weakestLink, SHOWN_ACTIONS);
  rememberRanking(deal, asOf, settings, actions);
  return actions;
}
