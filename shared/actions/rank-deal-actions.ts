// A deal's next best actions as the app and the command line both show them: built-in and lens candidates, ranked.
import type { LensScorecard } from '../lenses/lens-types';
import { lensFor, scoreLens } from '../lenses/score-lens';
import type { Deal } from '../model/deal-schema';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettings } from '../settings/workspace-settings';
import type { NextAction } from './action-types';
import { lensCandidates } from './lens-candidates';
import { rankNextActions } from './rank-next-actions';

export interface RankDealOptions {
  /** The review date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The workspace's settings: default lens, thresholds, action weights; the defaults when absent. */
  readonly settings?: Partial<WorkspaceSettings>;
  /** How much the deal's amount counts (see amountFactor); 1 by default. */
  readonly amountWeight?: number;
}

/**
 * The one ranking of a deal's next best actions: the side panel shows its first five, `dealmap
 * report` its first five per deal and the heaviest across deals. Reads the deal through its lens
 * (lensFor), adds the lens's candidates, and counts lens progress like score points, so an action
 * that only raises a criterion ranks too, and every why names the criteria it raises. Pure and
 * deterministic; throws a RangeError only when `asOf` is not a real date.
 */
export function rankDealActions(deal: Deal, options: RankDealOptions): NextAction[] {
  const { asOf, settings = {}, amountWeight } = options;
  const lens = lensFor(deal, { defaultLens: settings.defaultLens ?? DEFAULT_WORKSPACE_SETTINGS.defaultLens });
  const qualifyOptions = { asOf, settings: { ...DEFAULT_WORKSPACE_SETTINGS, ...settings } };
  // Placeholders read as answered: an action is ranked by what the customer's answer would change.
  const lensOptions = { ...qualifyOptions, placeholdersAsAnswered: true };
  const saved = scoreLens(deal, lens, lensOptions);
  // The saved deal is scored once here and reused by the ranking.
  const lensScorecard = (candidate: Deal): LensScorecard => (candidate === deal ? saved : scoreLens(candidate, lens, lensOptions));
  return rankNextActions(deal, {
    ...qualifyOptions,
    ...(amountWeight === undefined ? {} : { amountWeight }),
    extraCandidates: (context) => lensCandidates(context, scoreLens(deal, lens, qualifyOptions)),
    lensScorecard,
  });
}
