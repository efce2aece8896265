// The few actions a person is shown: the top of the ranking, always with one that raises the weakest link when any can.
import { CRITERION_STATUSES, type CriterionResult } from '../lenses/lens-types';
import type { NextAction } from './action-types';

/** True when the action's moves raise the criterion (as the ranking read it). */
export function raisesCriterion(action: NextAction, code: string): boolean {
  return action.criteriaChanged.some((change) => change.code === code && CRITERION_STATUSES.indexOf(change.to) > CRITERION_STATUSES.indexOf(change.from));
}

/**
 * The first `limit` actions of the ranking; when none of them raises the scorecard's weakest link
 * but a later one does, that one takes the last place, so the actions never leave the weakest
 * link the scorecard names without a move that raises it.
 */
export function shownActions(ranked: readonly NextAction[], weakestLink: CriterionResult | null, limit: number): NextAction[] {
  const top = ranked.slice(0, limit);
  if (weakestLink === null || limit < 1 || top.some((action) => raisesCriterion(action, weakestLink.code))) return top;
  const raising = ranked.slice(limit).find((action) => raisesCriterion(action, weakestLink.code));
  return raising === undefined ? top : [...top.slice(0, limit - 1), raising];
}
